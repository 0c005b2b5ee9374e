package nl.tweespoor.governance.fragmentation;

import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Known aliases of tools and vendors (issue 16), so the radar groups "Copilot" with "Microsoft 365 Copilot":
 * everyone reads them, leaders add and remove them. PostgreSQL keys the items spelled like an alias again in the same
 * transaction (V86), so the radar's tool groups follow at once.
 */
@Service
public class ToolAliasService {

    /** The longest alias or canonical name: a tool name, as long as the item's tool field. */
    public static final int MAX_NAME = 120;
    /** The most aliases one call returns. */
    public static final int MAX_PAGE = 100;

    private final ToolAliasQueries queries;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ToolAliasService(ToolAliasQueries queries, CurrentUser currentUser, AuditLog auditLog) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ToolAlias> aliases(int offset, int limit) {
        return queries.page(Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count() {
        return queries.count();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayManage() {
        return currentUser.require().isLeader();
    }

    /** Adds an alias: from now on items spelled {@code alias} are in the tool group of {@code canonical}. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void add(@Nullable String alias, @Nullable String canonical) {
        var spelling = required("fragmentation.field.alias", "fragmentation.alias.alias-required", alias);
        var tool = required("fragmentation.field.canonical", "fragmentation.alias.canonical-required", canonical);
        var conflict = queries.conflict(spelling, tool);
        if (conflict != null) {
            throw new InvalidInputException("fragmentation.alias." + conflict);
        }
        var written = queries.insert(spelling, tool, currentUser.require().id());
        auditLog.record(new AuditEntry(
                "TOOL_ALIAS_CREATED",
                "tool_alias",
                written.row(),
                null,
                "Tool alias added: " + spelling + " = " + tool,
                written.before(),
                written.after()));
    }

    /** Removes an alias the user saw at {@code expectedVersion}; the items spelled like it get their own group back. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void remove(long id, int expectedVersion) {
        var written = queries.delete(id, expectedVersion);
        auditLog.record(new AuditEntry(
                "TOOL_ALIAS_DELETED",
                "tool_alias",
                written.row(),
                null,
                "Tool alias removed",
                written.before(),
                written.after()));
    }

    private static String required(String fieldKey, String missingKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(missingKey);
        }
        Drafts.text(fieldKey, value, MAX_NAME);
        return value.strip();
    }
}
