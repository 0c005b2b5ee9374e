package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Flag boundaries (PRODUCT.md §4) as the database computes them, on items made for each case. */
@Transactional
class FlagSqlTest extends DatabaseTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T12:00:00+01:00");
    private static final Quarter CURRENT = new Quarter(2026, 4);

    @Autowired
    DSLContext db;

    private long unfundedItem = -1;

    private Set<Flag> flagsOf(long id) {
        var sql = new FlagSql(NOW.minusDays(45), CURRENT, INITIATIVE.ID.eq(unfundedItem));
        var carried = EnumSet.noneOf(Flag.class);
        for (var flag : Flag.values()) {
            if (db.fetchExists(INITIATIVE, INITIATIVE.ID.eq(id).and(sql.has(flag)))) {
                carried.add(flag);
            }
        }
        var counted = db.select(sql.flagCount())
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(id))
                .fetchSingle()
                .value1();
        assertThat(counted).as("flag count").isEqualTo(carried.size());
        assertThat(db.fetchExists(INITIATIVE, INITIATIVE.ID.eq(id).and(sql.anyFlag())))
                .as("any flag")
                .isEqualTo(!carried.isEmpty());
        return carried;
    }

    private long item(Track track, Stage stage, String endQuarter) {
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, track)
                .set(INITIATIVE.TITLE, "Flag case")
                .set(INITIATIVE.LAYER, "OPERATIONAL")
                .set(INITIATIVE.STAGE, stage)
                .set(INITIATIVE.END_QUARTER, endQuarter)
                .set(INITIATIVE.OWNER_ID, DSL.select(DSL.min(APP_USER.ID)).from(APP_USER))
                .set(
                        INITIATIVE.DEPARTMENT_ID,
                        DSL.select(DSL.min(DEPARTMENT.ID)).from(DEPARTMENT))
                .set(INITIATIVE.CREATED_AT, NOW.minusYears(1))
                .returning(INITIATIVE.ID)
                .fetchSingle()
                .getId();
    }

    private long running() {
        return item(Track.PERSONAL, Stage.RUNNING, null);
    }

    private void update(long id, OffsetDateTime at, Rag rag) {
        db.insertInto(STATUS_UPDATE)
                .set(STATUS_UPDATE.INITIATIVE_ID, id)
                .set(STATUS_UPDATE.AUTHOR_ID, DSL.select(DSL.min(APP_USER.ID)).from(APP_USER))
                .set(STATUS_UPDATE.RAG, rag)
                .set(STATUS_UPDATE.PROGRESS_PCT, 10)
                .set(STATUS_UPDATE.QUARTER, CURRENT.toString())
                .set(STATUS_UPDATE.SUMMARY, "Update")
                .set(STATUS_UPDATE.CREATED_AT, at)
                .execute();
    }

    private void budget(long id, String quarter, String planned, String actual) {
        db.insertInto(BUDGET_LINE)
                .set(BUDGET_LINE.INITIATIVE_ID, id)
                .set(BUDGET_LINE.QUARTER, quarter)
                .set(BUDGET_LINE.PLANNED, new BigDecimal(planned))
                .set(BUDGET_LINE.ACTUAL, new BigDecimal(actual))
                .execute();
    }

    @Test
    void stale_only_after_more_than_the_threshold_without_an_update() {
        long fresh = running();
        update(fresh, NOW.minusDays(45), Rag.GREEN);
        long stale = running();
        update(stale, NOW.minusDays(45).minusMinutes(1), Rag.GREEN);

        assertThat(flagsOf(fresh)).doesNotContain(Flag.STALE);
        assertThat(flagsOf(stale)).contains(Flag.STALE);
    }

    @Test
    void an_active_item_never_updated_is_stale_once_it_is_older_than_the_threshold() {
        assertThat(flagsOf(item(Track.STRATEGIC, Stage.PILOT, null))).contains(Flag.STALE);
    }

    @Test
    void only_the_latest_update_counts_for_red() {
        long recovered = running();
        update(recovered, NOW.minusDays(10), Rag.RED);
        update(recovered, NOW.minusDays(2), Rag.GREEN);
        long slipped = running();
        update(slipped, NOW.minusDays(10), Rag.GREEN);
        update(slipped, NOW.minusDays(2), Rag.RED);

        assertThat(flagsOf(recovered)).doesNotContain(Flag.RED);
        assertThat(flagsOf(slipped)).contains(Flag.RED);
    }

    @Test
    void inactive_items_are_never_stale_red_or_due() {
        long proposed = item(Track.PERSONAL, Stage.PROPOSED, "2026-Q1");
        update(proposed, NOW.minusDays(100), Rag.RED);
        assertThat(flagsOf(proposed)).isEmpty();
    }

    @Test
    void over_budget_to_date_or_in_this_quarter_but_not_at_exactly_the_plan() {
        long onPlan = running();
        budget(onPlan, "2026-Q3", "100", "100");
        budget(onPlan, "2027-Q1", "0", "500");
        long overToDate = running();
        budget(overToDate, "2026-Q3", "100", "100.01");
        long overNow = running();
        budget(overNow, "2026-Q3", "100", "0");
        budget(overNow, "2026-Q4", "100", "150");

        assertThat(flagsOf(onPlan)).as("later quarters do not count").doesNotContain(Flag.OVER_BUDGET);
        assertThat(flagsOf(overToDate)).contains(Flag.OVER_BUDGET);
        assertThat(flagsOf(overNow)).contains(Flag.OVER_BUDGET);
    }

    @Test
    void due_when_the_end_quarter_is_reached_not_before() {
        assertThat(flagsOf(item(Track.PERSONAL, Stage.RUNNING, "2026-Q4"))).contains(Flag.DUE);
        assertThat(flagsOf(item(Track.PERSONAL, Stage.RUNNING, "2027-Q1"))).doesNotContain(Flag.DUE);
    }

    @Test
    void a_gap_against_an_active_principle_and_an_open_high_risk_are_flagged_whatever_the_stage() {
        long idea = item(Track.STRATEGIC, Stage.IDEA, null);
        long principle = db.select(PRINCIPLE.ID)
                .from(PRINCIPLE)
                .where(PRINCIPLE.ACTIVE.isTrue())
                .limit(1)
                .fetchSingle()
                .value1();
        db.insertInto(PRINCIPLE_ASSESSMENT)
                .set(PRINCIPLE_ASSESSMENT.INITIATIVE_ID, idea)
                .set(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID, principle)
                .set(PRINCIPLE_ASSESSMENT.RESULT, "GAP")
                .set(
                        PRINCIPLE_ASSESSMENT.ASSESSED_BY,
                        DSL.select(DSL.min(APP_USER.ID)).from(APP_USER))
                .execute();
        db.insertInto(ITEM_RISK)
                .set(ITEM_RISK.INITIATIVE_ID, idea)
                .set(ITEM_RISK.DESCRIPTION, "Datalek")
                .set(ITEM_RISK.LIKELIHOOD, (short) 3)
                .set(ITEM_RISK.IMPACT, (short) 5)
                .set(ITEM_RISK.STATUS, "OPEN")
                .execute();

        assertThat(flagsOf(idea)).containsExactlyInAnyOrder(Flag.PRINCIPLE_GAP, Flag.HIGH_RISK);
    }

    @Test
    void unfunded_follows_the_cut_line() {
        long below = item(Track.STRATEGIC, Stage.IDEA, null);
        unfundedItem = below;
        assertThat(flagsOf(below)).containsExactly(Flag.UNFUNDED);
        assertThat(flagsOf(item(Track.STRATEGIC, Stage.IDEA, null))).isEmpty();
    }
}
