package nl.tweespoor.admin;

import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.validation.Drafts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's departments. Admins add, rename and deactivate them; a deactivated department keeps its items
 * but is no longer offered for new ones.
 */
@Service
public class DepartmentService {

    public static final int MAX_NAME = 100;

    private final DepartmentRepository repository;
    private final AuditLog auditLog;

    DepartmentService(DepartmentRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    /** Active departments by name, for forms and filters (a short list by nature). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> activeDepartments() {
        return repository.active();
    }

    /**
     * The departments an item may be given when edited: the active ones, plus its own department should that have
     * been deactivated since (an item keeps it until someone moves it).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> choicesKeeping(long departmentId, String departmentName) {
        var choices = new ArrayList<>(repository.active());
        if (choices.stream().noneMatch(department -> department.id() == departmentId)) {
            choices.add(new Option(departmentId, departmentName));
        }
        return choices;
    }

    /** All departments, active first, with their item counts. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<DepartmentRow> all() {
        return repository.all();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long add(String name) {
        var written = repository.insert(validName(name, null));
        var department = written.row();
        record("DEPARTMENT_CREATED", written, "Department added: " + department.name());
        return department.id();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void rename(long id, int expectedVersion, String name) {
        var oldName = repository.current(id, expectedVersion).name();
        var written = repository.rename(id, expectedVersion, validName(name, id));
        record(
                "DEPARTMENT_RENAMED",
                written,
                "Department renamed: " + oldName + " → " + written.row().name());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(long id, int expectedVersion, boolean active) {
        if (repository.current(id, expectedVersion).active() == active) {
            return;
        }
        var written = repository.setActive(id, expectedVersion, active);
        record(
                active ? "DEPARTMENT_REACTIVATED" : "DEPARTMENT_DEACTIVATED",
                written,
                (active ? "Department reactivated: " : "Department deactivated: ")
                        + written.row().name());
    }

    private void record(String kind, Written<Department> written, String summary) {
        auditLog.record(new AuditEntry(
                kind, "department", written.row().id(), null, summary, written.before(), written.after()));
    }

    private String validName(String name, @Nullable Long exceptId) {
        var trimmed = name == null ? "" : name.trim();
        if (trimmed.isBlank()) {
            throw new InvalidInputException("admin.department.name-required");
        }
        Drafts.text("field.department-name", trimmed, MAX_NAME);
        if (repository.nameTaken(trimmed, exceptId)) {
            throw new InvalidInputException("admin.department.name-taken", trimmed);
        }
        return trimmed;
    }
}
