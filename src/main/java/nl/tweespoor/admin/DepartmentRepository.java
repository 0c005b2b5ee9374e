package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.selectCount;

import java.util.List;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.DepartmentRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentRepository {

    private final DSLContext db;

    DepartmentRepository(DSLContext db) {
        this.db = db;
    }

    List<Option> active() {
        return db.select(DEPARTMENT.ID, DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .where(DEPARTMENT.ACTIVE.isTrue())
                .orderBy(DEPARTMENT.NAME)
                .fetch(row -> new Option(row.value1(), row.value2()));
    }

    /** Every department (a short list by nature) with its item count, in one statement. */
    List<DepartmentRow> all() {
        var items = selectCount()
                .from(INITIATIVE)
                .where(INITIATIVE.DEPARTMENT_ID.eq(DEPARTMENT.ID))
                .asField("items");
        return db.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.ACTIVE, items, DEPARTMENT.VERSION)
                .from(DEPARTMENT)
                .orderBy(DEPARTMENT.ACTIVE.desc(), DEPARTMENT.NAME)
                .fetch(r -> new DepartmentRow(r.value1(), r.value2(), r.value3(), (Integer) r.value4(), r.value5()));
    }

    /** The department the admin edited, as long as nobody changed it since they saw {@code expectedVersion}. */
    Department current(long id, int expectedVersion) {
        return department(stored(id, expectedVersion));
    }

    Written<Department> insert(String name) {
        var department = db.newRecord(DEPARTMENT);
        department.setName(name);
        department.setActive(true);
        Versioned.store(department);
        return Written.inserted(department(department), department);
    }

    Written<Department> rename(long id, int expectedVersion, String name) {
        var department = stored(id, expectedVersion);
        var before = AuditLog.snapshot(department);
        department.setName(name);
        Versioned.store(department);
        return Written.updated(department(department), before, department);
    }

    Written<Department> setActive(long id, int expectedVersion, boolean active) {
        var department = stored(id, expectedVersion);
        var before = AuditLog.snapshot(department);
        department.setActive(active);
        Versioned.store(department);
        return Written.updated(department(department), before, department);
    }

    boolean nameTaken(String name, @Nullable Long exceptId) {
        var sameName = DEPARTMENT.NAME.equalIgnoreCase(name);
        return db.fetchExists(DEPARTMENT, exceptId == null ? sameName : sameName.and(DEPARTMENT.ID.ne(exceptId)));
    }

    private DepartmentRecord stored(long id, int expectedVersion) {
        var department = db.selectFrom(DEPARTMENT)
                .where(DEPARTMENT.ID.eq(id))
                .fetchOptional()
                .orElseThrow(NotFoundException::new);
        return Versioned.current(department, expectedVersion);
    }

    private static Department department(DepartmentRecord row) {
        return new Department(row.getId(), row.getName(), row.getActive(), row.getVersion());
    }
}
