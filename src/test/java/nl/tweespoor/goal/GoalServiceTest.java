package nl.tweespoor.goal;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.SqlStatements;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.StrategicGoalRecord;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.MorePortfolio;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §2–§3: leaders keep the strategic goals; everyone sees the programmes serving each and their budget. */
@Transactional
class GoalServiceTest extends DatabaseTest {

    private static final String CLAIMS_GOAL = "Schade binnen 48 uur afgehandeld";

    @Autowired
    GoalService goals;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void leader_creates_and_updates_a_goal_each_audited() {
        long id = goals.create(new GoalDraft("  Duurzaam verzekeren ", "  Minder CO2 per polis ", 2030));

        var created = stored(id);
        assertThat(created.getTitle()).isEqualTo("Duurzaam verzekeren");
        assertThat(created.getDescription()).isEqualTo("Minder CO2 per polis");
        assertThat(created.getHorizonYear()).isEqualTo(2030);
        assertThat(events("GOAL_CREATED", id)).isEqualTo(1);

        goals.update(id, created.getVersion(), new GoalDraft("Duurzaam verzekeren", " ", 2031));

        var updated = stored(id);
        assertThat(updated.getDescription()).isNull();
        assertThat(updated.getHorizonYear()).isEqualTo(2031);
        assertThat(updated.getVersion()).isEqualTo(created.getVersion() + 1);
        assertThat(db.select(
                                DSL.field("before_state ->> 'horizon_year'", String.class),
                                DSL.field("after_state ->> 'horizon_year'", String.class))
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.KIND.eq("GOAL_UPDATED").and(AUDIT_EVENT.ENTITY_ID.eq(id)))
                        .fetchSingle()
                        .intoArray())
                .containsExactly("2030", "2031");
        assertThat(goals.mayEdit()).isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_create_or_update_goals() {
        var goal = storedByTitle(CLAIMS_GOAL);
        int count = db.fetchCount(STRATEGIC_GOAL);

        assertThatThrownBy(() -> goals.create(new GoalDraft("Eigen doel", null, 2030)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.update(goal.getId(), goal.getVersion(), new GoalDraft("Gewijzigd", null, 2030)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(goals.mayEdit()).isFalse();
        assertThat(db.fetchCount(STRATEGIC_GOAL)).isEqualTo(count);
        assertThat(storedByTitle(CLAIMS_GOAL).getVersion()).isEqualTo(goal.getVersion());
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_create_goals() {
        assertThatThrownBy(() -> goals.create(new GoalDraft("Kijkdoel", null, 2030)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void a_goal_needs_a_title_and_a_horizon_between_2000_and_2100() {
        int count = db.fetchCount(STRATEGIC_GOAL);

        assertRefused(new GoalDraft("  ", null, 2030), "validation.title-required");
        assertRefused(new GoalDraft(null, null, 2030), "validation.title-required");
        assertRefused(new GoalDraft("x".repeat(201), null, 2030), "validation.too-long");
        assertRefused(new GoalDraft("Doel", "x".repeat(4001), 2030), "validation.too-long");
        assertRefused(new GoalDraft("Doel", null, 1999), "goal.horizon-invalid");
        assertRefused(new GoalDraft("Doel", null, 2101), "goal.horizon-invalid");
        assertRefused(new GoalDraft("Doel", null, null), "goal.horizon-invalid");

        assertThat(db.fetchCount(STRATEGIC_GOAL)).isEqualTo(count);
        long id = goals.create(new GoalDraft("x".repeat(200), null, 2000));
        assertThat(stored(id).getHorizonYear()).isEqualTo(2000);
    }

    @Test
    @WithUserDetails("leader")
    void an_update_against_a_stale_version_is_refused_and_the_newer_title_stays() {
        var goal = storedByTitle(CLAIMS_GOAL);
        goals.update(goal.getId(), goal.getVersion(), new GoalDraft("Schade binnen 24 uur", null, 2030));

        assertThatThrownBy(() -> goals.update(
                        goal.getId(), goal.getVersion(), new GoalDraft("Schade binnen 72 uur", null, 2030)))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(stored(goal.getId()).getTitle()).isEqualTo("Schade binnen 24 uur");
        assertThat(events("GOAL_UPDATED", goal.getId())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("viewer")
    void the_page_shows_each_goal_with_its_programmes_and_their_planned_budget() {
        var page = goals.page(0, 100);

        assertThat(page).hasSize(goals.count()).hasSize(4);
        int year = LocalDate.now().getYear();
        assertThat(page).extracting(GoalRow::horizonYear).containsExactly(year + 1, year + 2, year + 2, year + 3);
        var claims = page.stream()
                .filter(g -> g.title().equals(CLAIMS_GOAL))
                .findFirst()
                .orElseThrow();
        assertThat(claims.programmes())
                .extracting(GoalRow.ServingProgramme::title)
                .containsExactly("Fraudedetectie bij schademeldingen", "Schadereis opnieuw ontworpen met AI");
        assertThat(claims.programmes())
                .extracting(GoalRow.ServingProgramme::stage)
                .containsExactly(Stage.PILOT, Stage.PILOT);

        for (var goal : page) {
            assertThat(goal.programmes())
                    .extracting(GoalRow.ServingProgramme::id)
                    .as(goal.title())
                    .containsExactlyInAnyOrderElementsOf(db.select(INITIATIVE.ID)
                            .from(INITIATIVE)
                            .where(INITIATIVE.GOAL_ID.eq(goal.id()))
                            // experiments that explore the goal are listed beside the programmes, not among them
                            .and(INITIATIVE.TRACK.eq(Track.STRATEGIC))
                            .fetch(INITIATIVE.ID));
            for (var programme : goal.programmes()) {
                assertThat(programme.plannedBudget())
                        .as(programme.title())
                        .isEqualByComparingTo(plannedOf(programme.id()));
            }
            assertThat(goal.plannedBudget()).as(goal.title()).isEqualByComparingTo(plannedForGoal(goal.id()));
        }
        // The demo plans the claims programme at 180,000 and fraud at 110,000 a quarter: never nothing.
        assertThat(claims.plannedBudget()).isPositive();
    }

    @Test
    @WithUserDetails("viewer")
    void a_goal_served_by_many_programmes_lists_the_first_ten_by_title_and_counts_and_sums_them_all() {
        MorePortfolio.add(db, 300);

        for (var goal : goals.page(0, 100)) {
            var serving = db.select(INITIATIVE.TITLE)
                    .from(INITIATIVE)
                    .where(INITIATIVE.GOAL_ID.eq(goal.id()).and(INITIATIVE.TRACK.eq(Track.STRATEGIC)))
                    .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                    .fetch(INITIATIVE.TITLE);
            assertThat(serving).as(goal.title()).hasSizeGreaterThan(GoalRow.SHOWN_PROGRAMMES);
            assertThat(goal.programmeCount()).as(goal.title()).isEqualTo(serving.size());
            assertThat(goal.programmes())
                    .extracting(GoalRow.ServingProgramme::title)
                    .as(goal.title())
                    .containsExactlyElementsOf(serving.subList(0, GoalRow.SHOWN_PROGRAMMES));
            assertThat(goal.notShown()).isEqualTo(serving.size() - GoalRow.SHOWN_PROGRAMMES);
            assertThat(goal.plannedBudget()).as(goal.title()).isEqualByComparingTo(plannedForGoal(goal.id()));
        }
    }

    @Test
    @WithUserDetails("viewer")
    void a_goal_lists_the_experiments_naming_it_or_exploring_a_programme_that_serves_it_beside_its_programmes() {
        var claims = db.fetchSingle(STRATEGIC_GOAL, STRATEGIC_GOAL.TITLE.eq(CLAIMS_GOAL));
        long programme = db.select(DSL.min(INITIATIVE.ID))
                .from(INITIATIVE)
                .where(INITIATIVE.GOAL_ID.eq(claims.getId()), INITIATIVE.TRACK.eq(Track.STRATEGIC))
                .fetchSingle()
                .value1();
        var experiments = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .orderBy(INITIATIVE.ID)
                .limit(2)
                .fetch(INITIATIVE.ID);
        db.update(INITIATIVE)
                .set(INITIATIVE.GOAL_ID, (Long) null)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .execute();
        db.update(INITIATIVE)
                .set(INITIATIVE.EXPLORES_PROGRAMME_ID, (Long) null)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .execute();
        db.update(INITIATIVE)
                .set(INITIATIVE.GOAL_ID, claims.getId())
                .where(INITIATIVE.ID.eq(experiments.get(0)))
                .execute();
        db.update(INITIATIVE)
                .set(INITIATIVE.EXPLORES_PROGRAMME_ID, programme)
                .where(INITIATIVE.ID.eq(experiments.get(1)))
                .execute();

        var row = goals.page(0, 100).stream()
                .filter(goal -> goal.id() == claims.getId())
                .findFirst()
                .orElseThrow();

        assertThat(row.experimentCount()).isEqualTo(2);
        assertThat(row.experiments())
                .extracting(GoalRow.ExploringExperiment::id)
                .containsExactlyInAnyOrderElementsOf(experiments);
        assertThat(row.programmes()).extracting(GoalRow.ServingProgramme::id).contains(programme);
        assertThat(goals.page(0, 100))
                .filteredOn(goal -> goal.id() != claims.getId())
                .allSatisfy(goal -> assertThat(goal.experimentCount()).isZero());
    }

    @Test
    @WithUserDetails("viewer")
    void a_page_of_goals_takes_the_same_statements_however_many_goals_and_experiments_are_on_screen() {
        long few = SqlStatements.countIn(() -> goals.page(0, 3));
        for (int i = 0; i < 30; i++) {
            db.insertInto(STRATEGIC_GOAL)
                    .set(STRATEGIC_GOAL.TITLE, "Doel " + i)
                    .set(STRATEGIC_GOAL.HORIZON_YEAR, 2030)
                    .execute();
        }
        MorePortfolio.add(db, 200);
        db.update(INITIATIVE)
                .set(INITIATIVE.GOAL_ID, db.select(DSL.min(STRATEGIC_GOAL.ID)).from(STRATEGIC_GOAL))
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .execute();

        long many = SqlStatements.countIn(() -> goals.page(0, 40));

        assertThat(many).isEqualTo(few);
        assertThat(goals.page(0, 40).get(0).experiments()).hasSizeLessThanOrEqualTo(GoalRow.SHOWN_EXPERIMENTS);
    }

    @Test
    @WithUserDetails("leader")
    void page_and_count_agree_and_pages_do_not_overlap() {
        goals.create(new GoalDraft("Extra doel", null, 2099));
        int count = goals.count();
        assertThat(count).isEqualTo(5);

        var first = goals.page(0, 3);
        var rest = goals.page(3, 3);

        assertThat(first).hasSize(3);
        assertThat(rest).hasSize(2);
        assertThat(rest.getLast().title()).isEqualTo("Extra doel");
        assertThat(first)
                .extracting(GoalRow::id)
                .doesNotContainAnyElementsOf(rest.stream().map(GoalRow::id).toList());
        assertThat(rest.getLast().programmes()).isEmpty();
        assertThat(rest.getLast().plannedBudget()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private void assertRefused(GoalDraft draft, String messageKey) {
        assertThatThrownBy(() -> goals.create(draft))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private BigDecimal plannedOf(long initiativeId) {
        return db.select(DSL.coalesce(DSL.sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId))
                .fetchSingle()
                .value1();
    }

    private BigDecimal plannedForGoal(long goalId) {
        return db.select(DSL.coalesce(DSL.sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(INITIATIVE.GOAL_ID.eq(goalId).and(INITIATIVE.TRACK.eq(Track.STRATEGIC)))
                .fetchSingle()
                .value1();
    }

    private int events(String kind, long id) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq(kind).and(AUDIT_EVENT.ENTITY_ID.eq(id)));
    }

    private StrategicGoalRecord stored(long id) {
        return db.selectFrom(STRATEGIC_GOAL).where(STRATEGIC_GOAL.ID.eq(id)).fetchSingle();
    }

    private StrategicGoalRecord storedByTitle(String title) {
        return db.selectFrom(STRATEGIC_GOAL)
                .where(STRATEGIC_GOAL.TITLE.eq(title))
                .fetchSingle();
    }
}
