package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.tweespoor.base.ActiveStages;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.FragmentationNoteRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The radar in three set-based statements (items, assessments, notes), whatever the number of items. */
@Repository
class FragmentationQueries {

    private final DSLContext db;

    FragmentationQueries(DSLContext db) {
        this.db = db;
    }

    /** Active items that name a tool or a use case, with their planned budget in the given year. */
    List<CandidateItem> activeItems(int year) {
        var planned = select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO)).from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .and(BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))
                .asField("planned");
        return db.select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.TRACK, INITIATIVE.STAGE, DEPARTMENT.NAME,
                        APP_USER.DISPLAY_NAME, planned, INITIATIVE.DEPARTMENT_ID, INITIATIVE.TOOL_VENDOR,
                        INITIATIVE.USE_CASE_CATEGORY)
                .from(INITIATIVE)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .join(APP_USER).on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                .where(active())
                .and(INITIATIVE.TOOL_VENDOR.isNotNull().or(INITIATIVE.USE_CASE_CATEGORY.isNotNull()))
                .fetch(r -> new CandidateItem(new GroupItem(r.value1(), r.value2(), Track.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), (BigDecimal) r.value7()), r.value8(), r.value9(),
                        r.value10()));
    }

    /** Every assessment of an active item against an active principle. */
    List<Assessment> assessmentsOfActiveItems() {
        return db.select(PRINCIPLE_ASSESSMENT.INITIATIVE_ID, PRINCIPLE.CODE, PRINCIPLE.TITLE,
                        PRINCIPLE_ASSESSMENT.RESULT)
                .from(PRINCIPLE_ASSESSMENT)
                .join(PRINCIPLE).on(PRINCIPLE.ID.eq(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID))
                .join(INITIATIVE).on(INITIATIVE.ID.eq(PRINCIPLE_ASSESSMENT.INITIATIVE_ID))
                .where(PRINCIPLE.ACTIVE.isTrue())
                .and(active())
                .fetch(r -> new Assessment(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Every note, by group key. */
    Map<String, FragmentationNote> notes() {
        return db.select(FRAGMENTATION_NOTE.GROUP_KEY, FRAGMENTATION_NOTE.ID, FRAGMENTATION_NOTE.RESOLUTION,
                        FRAGMENTATION_NOTE.REASON, APP_USER.DISPLAY_NAME, FRAGMENTATION_NOTE.CREATED_AT,
                        FRAGMENTATION_NOTE.VERSION)
                .from(FRAGMENTATION_NOTE)
                .join(APP_USER).on(APP_USER.ID.eq(FRAGMENTATION_NOTE.CREATED_BY))
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> new FragmentationNote(r.value2(),
                        Resolution.valueOf(r.value3()), r.value4(), r.value5(), r.value6(), r.value7())));
    }

    Optional<FragmentationNoteRecord> note(String groupKey) {
        return db.selectFrom(FRAGMENTATION_NOTE).where(FRAGMENTATION_NOTE.GROUP_KEY.eq(groupKey)).fetchOptional();
    }

    FragmentationNoteRecord newNote() {
        return db.newRecord(FRAGMENTATION_NOTE);
    }

    private static Condition active() {
        return INITIATIVE.STAGE.in(ActiveStages.ACTIVE);
    }
}
