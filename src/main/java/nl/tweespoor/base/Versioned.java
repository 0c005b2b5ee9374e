package nl.tweespoor.base;

import java.sql.SQLException;
import java.util.Optional;
import org.jooq.UpdatableRecord;
import org.jooq.exception.DataChangedException;
import org.jspecify.annotations.Nullable;

/**
 * Stores a versioned row; a save against a version someone else already replaced becomes a ConcurrentEditException.
 * So does a unique key taken a moment earlier by someone else: two users creating the same row at once (a first
 * budget line, an assessment) — the services check for the row before, so only a race gets this far.
 */
public final class Versioned {

    private static final String UNIQUE_VIOLATION = "23505";

    private Versioned() {}

    public static void store(UpdatableRecord<?> row) {
        try {
            row.store();
        } catch (DataChangedException e) {
            throw new ConcurrentEditException();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new ConcurrentEditException();
            }
            throw e;
        }
    }

    /** The row the user edited, as long as nobody replaced it since they saw {@code expectedVersion}. */
    public static <R extends UpdatableRecord<R>> R current(R row, int expectedVersion) {
        if (versionOf(row) != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return row;
    }

    /**
     * For a row the user may create or change (an assessment, a note): {@code expectedVersion} is null when they saw
     * none. A row that appeared or changed since is a concurrent edit.
     */
    public static <R extends UpdatableRecord<R>> Optional<R> current(
            Optional<R> row, @Nullable Integer expectedVersion) {
        if (expectedVersion == null
                ? row.isPresent()
                : row.map(Versioned::versionOf).orElse(-1) != expectedVersion.intValue()) {
            throw new ConcurrentEditException();
        }
        return row;
    }

    /**
     * For a row the user may create or change where the forms say "none" with version 0 (a budget line, an envelope,
     * a decision): the row, if any, as long as its version is still the one the user saw.
     */
    public static <R extends UpdatableRecord<R>> Optional<R> currentOrNone(Optional<R> row, int expectedVersion) {
        if (row.map(Versioned::versionOf).orElse(0) != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return row;
    }

    public static void delete(UpdatableRecord<?> row) {
        try {
            row.delete();
        } catch (DataChangedException e) {
            throw new ConcurrentEditException();
        }
    }

    private static int versionOf(UpdatableRecord<?> row) {
        return row.get("version", Integer.class);
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
