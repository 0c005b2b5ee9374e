package nl.tweespoor.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: leaders and admins only. */
@Service
public class AuditService {

    private final AuditQueries queries;

    AuditService(AuditQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        return queries.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public int count(AuditFilter filter) {
        return queries.count(filter);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<String> kinds() {
        return queries.kinds();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<FieldChange> changes(long eventId) {
        return queries.changes(eventId);
    }
}
