package nl.tweespoor.audit;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.Option;
import nl.tweespoor.export.Column;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.export.Layout;
import nl.tweespoor.export.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: leaders and admins only. */
@Service
public class AuditService {

    private static final int MAX_PAGE = 500;

    private static final Layout<AuditRow> EXPORT = Layout.of(
            "menu.audit",
            Column.integer("field.id", AuditRow::id),
            Column.dateTime("audit.when", AuditRow::occurredAt),
            Column.text("audit.user", AuditRow::actor),
            Column.text("audit.kind", AuditRow::kind),
            Column.text("audit.entity-type", AuditRow::entityType),
            Column.integer("audit.entity-id", AuditRow::entityId),
            Column.text("review.item", AuditRow::itemTitle),
            Column.text("audit.what", AuditRow::summary));

    private final AuditQueries queries;
    private final Spreadsheets spreadsheets;
    private final AuditLog auditLog;

    AuditService(AuditQueries queries, Spreadsheets spreadsheets, AuditLog auditLog) {
        this.queries = queries;
        this.spreadsheets = spreadsheets;
        this.auditLog = auditLog;
    }

    /**
     * Writes every matching event, newest first, as a spreadsheet in the user's language, streamed from the database,
     * and records the export — for whoever may read the log.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public void export(AuditFilter filter, ExportFormat format, Locale locale, OutputStream out) {
        long rows;
        try (var events = queries.export(filter)) {
            rows = spreadsheets.write(format, EXPORT, events, locale, out);
        }
        auditLog.recordExport("audit-log", format.name(), rows, filter.toString());
    }

    /**
     * One page of the log, newest first: the rows after {@code after} (null: from the newest), skipping {@code skip}
     * of them. Read page after page by the last row's key, each page costs the same however deep it lies.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<AuditRow> page(AuditFilter filter, @Nullable AuditKey after, int skip, int limit) {
        if (skip < 0 || limit < 1) {
            throw new IllegalArgumentException("skip must be >= 0 and limit >= 1");
        }
        return queries.page(filter, after, skip, Math.min(limit, MAX_PAGE));
    }

    /** The matching events, counted exactly up to {@link AuditCount#CAP}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public AuditCount count(AuditFilter filter) {
        return queries.count(filter);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<String> kinds() {
        return queries.kinds();
    }

    /** Users for the user filter, a page at a time, matching the typed text. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<Option> users(String text, int offset, int limit) {
        return queries.users(text, offset, limit);
    }

    /** Items for the item filter, a page at a time, matching the typed text. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<Option> items(String text, int offset, int limit) {
        return queries.items(text, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<FieldChange> changes(long eventId) {
        return queries.changes(eventId);
    }
}
