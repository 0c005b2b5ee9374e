package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.DEPARTMENT;

import java.util.List;
import nl.tweespoor.base.Option;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's departments. */
@Service
public class DepartmentService {

    private final DSLContext db;

    DepartmentService(DSLContext db) {
        this.db = db;
    }

    /** Active departments by name, for forms and filters (a short list by nature). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> activeDepartments() {
        return db.select(DEPARTMENT.ID, DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .where(DEPARTMENT.ACTIVE.isTrue())
                .orderBy(DEPARTMENT.NAME)
                .fetch(row -> new Option(row.value1(), row.value2()));
    }
}
