package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.selectCount;

import java.util.List;
import java.util.Optional;
import nl.tweespoor.base.Option;
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

    Optional<DepartmentRecord> find(long id) {
        return db.selectFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).fetchOptional();
    }

    DepartmentRecord newRecord() {
        return db.newRecord(DEPARTMENT);
    }

    boolean nameTaken(String name, @Nullable Long exceptId) {
        var sameName = DEPARTMENT.NAME.equalIgnoreCase(name);
        return db.fetchExists(DEPARTMENT, exceptId == null ? sameName : sameName.and(DEPARTMENT.ID.ne(exceptId)));
    }
}
