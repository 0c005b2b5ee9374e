package nl.tweespoor.base;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, found out within a fixed time even when it is gone (so pages and the health endpoint
 * never hang on it).
 */
@Component
public class DatabaseStatus implements DisposableBean {

    public static final Duration LIMIT = Duration.ofMillis(1200);

    private final DataSource dataSource;
    private final ExecutorService checks = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "database-status");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reachable() {
        return check().isEmpty();
    }

    /** Empty when the database answered in time, else what went wrong. */
    public Optional<String> check() {
        var answer = CompletableFuture.supplyAsync(this::ask, checks);
        try {
            return answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Optional.of("no answer within " + LIMIT.toMillis() + " ms");
        } catch (ExecutionException e) {
            return Optional.of(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private Optional<String> ask() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(1) ? Optional.empty() : Optional.of("connection not valid");
        } catch (SQLException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
