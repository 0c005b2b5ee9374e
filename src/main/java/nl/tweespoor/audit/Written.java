package nl.tweespoor.audit;

import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;

/**
 * A row a repository wrote, as the feature's own record, with the stored row before and after as JSON for the audit
 * event: the service audits the change without ever holding a generated jOOQ record.
 */
public record Written<T>(
        T row, @Nullable String before, @Nullable String after) {

    /** A new row: nothing before. */
    public static <T> Written<T> inserted(T row, TableRecord<?> stored) {
        return new Written<>(row, null, AuditLog.snapshot(stored));
    }

    /** A changed row: {@code before} is its snapshot taken before the change. */
    public static <T> Written<T> updated(T row, @Nullable String before, TableRecord<?> stored) {
        return new Written<>(row, before, AuditLog.snapshot(stored));
    }

    /** A removed row: nothing after. */
    public static <T> Written<T> deleted(T row, TableRecord<?> removed) {
        return new Written<>(row, AuditLog.snapshot(removed), null);
    }
}
