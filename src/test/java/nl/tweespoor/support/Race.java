package nl.tweespoor.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs two service calls at the same moment on two threads, each signed in as its own user, and tells how each ended.
 * A barrier releases both at once; no sleeps. A call that hangs fails the test after a generous bound.
 */
public final class Race {

    private static final long BOUND_SECONDS = 60;

    private final UserDetailsService users;

    public Race(UserDetailsService users) {
        this.users = users;
    }

    /** How one side ended: {@code error} is null when its call returned normally (it committed). */
    public record Outcome(Throwable error) {

        public boolean won() {
            return error == null;
        }
    }

    public List<Outcome> run(String userA, Runnable a, String userB, Runnable b) {
        var start = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = List.of(pool.submit(() -> side(userA, a, start)), pool.submit(() -> side(userB, b, start)));
            var outcomes = new ArrayList<Outcome>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(BOUND_SECONDS, TimeUnit.SECONDS));
            }
            return outcomes;
        } catch (TimeoutException e) {
            throw new AssertionError("a racing call did not end within " + BOUND_SECONDS + " s (deadlock?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one side won; returns its index (0 for a, 1 for b). */
    public static int oneWinner(List<Outcome> outcomes) {
        assertThat(outcomes.stream().filter(Outcome::won).count())
                .as("winners of %s", outcomes)
                .isEqualTo(1);
        return outcomes.get(0).won() ? 0 : 1;
    }

    /** Runs {@code work} signed in as {@code username} on this thread. */
    public void as(String username, Runnable work) {
        signIn(username);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Outcome side(String username, Runnable call, CyclicBarrier start) throws Exception {
        signIn(username);
        try {
            start.await(BOUND_SECONDS, TimeUnit.SECONDS);
            call.run();
            return new Outcome(null);
        } catch (RuntimeException e) {
            return new Outcome(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
