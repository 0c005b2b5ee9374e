package nl.tweespoor.base;

import org.jooq.UpdatableRecord;
import org.jooq.exception.DataChangedException;

/** Stores a versioned row; a save against a version someone else already replaced becomes a ConcurrentEditException. */
public final class Versioned {

    private Versioned() {
    }

    public static void store(UpdatableRecord<?> row) {
        try {
            row.store();
        } catch (DataChangedException e) {
            throw new ConcurrentEditException();
        }
    }

    public static void delete(UpdatableRecord<?> row) {
        try {
            row.delete();
        } catch (DataChangedException e) {
            throw new ConcurrentEditException();
        }
    }
}
