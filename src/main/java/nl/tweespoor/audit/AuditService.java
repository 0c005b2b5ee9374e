package nl.tweespoor.audit;

import java.util.List;
import nl.tweespoor.base.Option;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: leaders and admins only. */
@Service
public class AuditService {

    private static final int MAX_PAGE = 500;

    private final AuditQueries queries;

    AuditService(AuditQueries queries) {
        this.queries = queries;
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
