package nl.tweespoor.roadmap;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.SqlStatements;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap shows the items whose quarters overlap the window. The test items live in 2040, far from the demo
 * data (which is planned around today), so the window 2040-Q2..2040-Q3 holds only what each test puts there.
 */
@Transactional
@WithUserDetails("viewer")
class RoadmapServiceTest extends DatabaseTest {

    private static final Quarter FROM = Quarter.parse("2040-Q2");
    private static final Quarter TO = Quarter.parse("2040-Q3");

    @Autowired
    RoadmapService roadmap;

    @Autowired
    DSLContext db;

    private long hr;
    private long it;
    private long goal;

    @BeforeEach
    void departmentsAndGoal() {
        hr = department("HR");
        it = department("IT");
        goal = db.insertInto(STRATEGIC_GOAL)
                .set(STRATEGIC_GOAL.TITLE, "Doel 2040")
                .set(STRATEGIC_GOAL.HORIZON_YEAR, 2041)
                .returning(STRATEGIC_GOAL.ID)
                .fetchSingle(STRATEGIC_GOAL.ID);
    }

    @Test
    void only_items_overlapping_the_window_are_shown() {
        experiment("Eindigt ervoor", hr, "2039-Q1", "2040-Q1");
        experiment("Begint erna", hr, "2040-Q4", "2041-Q2");
        long spanning = experiment("Overspant het venster", hr, "2039-Q4", "2041-Q1");
        long endsAtStart = experiment("Eindigt in het eerste kwartaal", hr, "2039-Q3", "2040-Q2");
        long startsAtEnd = experiment("Begint in het laatste kwartaal", hr, "2040-Q3", "2041-Q4");
        long inside = experiment("Binnen het venster", hr, "2040-Q2", "2040-Q2");
        long openEnded = experiment("Zonder eindkwartaal", hr, "2040-Q3", null);
        experiment("Zonder eindkwartaal ervoor", hr, "2040-Q1", null);

        var shown = roadmap.roadmap(window());

        assertThat(shown.items())
                .extracting(RoadmapItem::id)
                .containsExactlyInAnyOrder(spanning, endsAtStart, startsAtEnd, inside, openEnded);
        assertThat(shown.truncated()).isFalse();
        var item = shown.items().stream()
                .filter(i -> i.id() == spanning)
                .findFirst()
                .orElseThrow();
        assertThat(item)
                .isEqualTo(new RoadmapItem(
                        spanning, Track.PERSONAL, "Overspant het venster", Stage.RUNNING, "2039-Q4", "2041-Q1", "HR"));
    }

    @Test
    void items_without_a_start_quarter_are_not_shown() {
        experiment("Zonder kwartalen", hr, null, null);
        experiment("Alleen een eindkwartaal", hr, null, "2040-Q3");

        assertThat(roadmap.roadmap(window()).items()).isEmpty();
    }

    @Test
    void programmes_are_grouped_by_goal_and_experiments_by_department() {
        long programme = programme("Programma 2040", it, goal, Stage.PILOT);
        long withoutGoal = programme("Programma zonder doel", it, null, Stage.IDEA);
        long experiment = experiment("Experiment 2040", it, "2040-Q2", "2040-Q3");

        var items = roadmap.roadmap(window()).items();

        assertThat(items).extracting(RoadmapItem::id).containsExactly(experiment, programme, withoutGoal);
        assertThat(items)
                .extracting(RoadmapItem::track)
                .containsExactly(Track.PERSONAL, Track.STRATEGIC, Track.STRATEGIC);
        assertThat(items).extracting(RoadmapItem::group).containsExactly("IT", "Doel 2040", null);
    }

    @Test
    void experiments_grouped_by_goal_take_their_own_goal_else_the_goal_of_the_programme_they_explore() {
        long programme = programme("Programma 2040", it, goal, Stage.PILOT);
        long own = experiment("Eigen doel", hr, "2040-Q2", "2040-Q3");
        db.update(INITIATIVE)
                .set(INITIATIVE.GOAL_ID, goal)
                .where(INITIATIVE.ID.eq(own))
                .execute();
        long viaProgramme = experiment("Via het programma", it, "2040-Q2", "2040-Q3");
        db.update(INITIATIVE)
                .set(INITIATIVE.EXPLORES_PROGRAMME_ID, programme)
                .where(INITIATIVE.ID.eq(viaProgramme))
                .execute();
        long loose = experiment("Los experiment", it, "2040-Q2", "2040-Q3");

        var byGoal = new RoadmapFilter(FROM, TO, null, null, null, null, null, ExperimentGrouping.GOAL);
        var experiments = roadmap.roadmap(byGoal).lane(Track.PERSONAL).items();

        assertThat(experiments).extracting(RoadmapItem::id).containsExactly(own, viaProgramme, loose);
        assertThat(experiments).extracting(RoadmapItem::group).containsExactly("Doel 2040", "Doel 2040", null);
        // the goal filter matches an experiment by the goal it explores, its own or its programme's
        var goalOnly = new RoadmapFilter(FROM, TO, null, goal, null, null, null, ExperimentGrouping.GOAL);
        assertThat(ids(goalOnly)).containsExactly(own, viaProgramme, programme);
        // grouped by goal, the roadmap still takes one statement
        assertThat(SqlStatements.countIn(() -> roadmap.roadmap(byGoal))).isEqualTo(1);
    }

    @Test
    void department_goal_and_stage_filters_narrow_the_roadmap() {
        long hrExperiment = experiment("HR-proef", hr, "2040-Q2", "2040-Q3");
        long itExperiment = experiment("IT-proef", it, "2040-Q2", "2040-Q3");
        long pilot = programme("Pilot", it, goal, Stage.PILOT);
        long idea = programme("Idee", hr, null, Stage.IDEA);

        assertThat(ids(new RoadmapFilter(FROM, TO, hr, null, null, null, null)))
                .containsExactlyInAnyOrder(hrExperiment, idea);
        assertThat(ids(new RoadmapFilter(FROM, TO, it, null, null, null, null)))
                .containsExactlyInAnyOrder(itExperiment, pilot);
        assertThat(ids(new RoadmapFilter(FROM, TO, null, goal, null, null, null)))
                .containsExactly(pilot);
        assertThat(ids(new RoadmapFilter(FROM, TO, null, null, null, null, Stage.IDEA)))
                .containsExactly(idea);
        assertThat(ids(new RoadmapFilter(FROM, TO, null, null, null, null, Stage.RUNNING)))
                .containsExactlyInAnyOrder(hrExperiment, itExperiment);
        assertThat(ids(new RoadmapFilter(FROM, TO, it, null, null, null, Stage.RUNNING)))
                .containsExactly(itExperiment);
        assertThat(ids(new RoadmapFilter(FROM, TO, null, null, "STRATEGIC", "REDESIGN", null)))
                .containsExactlyInAnyOrder(pilot, idea);
    }

    @Test
    void the_demo_programmes_show_their_goal_titles_in_the_current_quarter() {
        var now = Quarter.of(LocalDate.now());

        var items = roadmap.roadmap(new RoadmapFilter(now, now, null, null, null, null, null))
                .items();

        assertThat(items)
                .filteredOn(i -> i.title().equals("Schadereis opnieuw ontworpen met AI"))
                .extracting(RoadmapItem::group)
                .containsExactly("Schade binnen 48 uur afgehandeld");
        assertThat(items)
                .filteredOn(i -> i.title().equals("Klantchatbot voor polisvragen"))
                .extracting(RoadmapItem::group)
                .containsExactly("Klantenservice");
        // Ended two quarters ago (DemoData: documents, -7..-2) and starts next quarter (prevention, +1..+6).
        assertThat(items)
                .extracting(RoadmapItem::title)
                .doesNotContain("Documentherkenning inkomende post", "Preventie als dienst voor het MKB");
    }

    @Test
    void each_lane_is_capped_on_its_own_so_many_experiments_never_push_the_programmes_off() {
        for (int i = 0; i < RoadmapService.MAX_PER_LANE + 5; i++) {
            experiment(String.format("Experiment %03d", i), hr, "2040-Q2", "2040-Q3");
        }
        long programme = programme("Programma 2040", it, goal, Stage.PILOT);

        var shown = roadmap.roadmap(window());

        var experiments = shown.lane(Track.PERSONAL);
        assertThat(experiments.items()).hasSize(RoadmapService.MAX_PER_LANE);
        assertThat(experiments.matched()).isEqualTo(RoadmapService.MAX_PER_LANE + 5);
        assertThat(experiments.truncated()).isTrue();
        assertThat(experiments.items().getFirst().title()).isEqualTo("Experiment 000");
        assertThat(experiments.items().getLast().title())
                .isEqualTo(String.format("Experiment %03d", RoadmapService.MAX_PER_LANE - 1));
        var programmes = shown.lane(Track.STRATEGIC);
        assertThat(programmes.items()).extracting(RoadmapItem::id).containsExactly(programme);
        assertThat(programmes.matched()).isEqualTo(1);
        assertThat(programmes.truncated()).isFalse();
        assertThat(shown.truncated()).isTrue();
    }

    @Test
    void the_roadmap_takes_one_statement_however_many_items_match() {
        experiment("Eén experiment", hr, "2040-Q2", "2040-Q3");
        long few = SqlStatements.countIn(() -> roadmap.roadmap(window()));
        for (int i = 0; i < 3 * RoadmapService.MAX_PER_LANE; i++) {
            experiment("Experiment " + i, i % 2 == 0 ? hr : it, "2040-Q2", "2040-Q3");
            programme("Programma " + i, it, i % 2 == 0 ? goal : null, Stage.PILOT);
        }

        long many = SqlStatements.countIn(() -> roadmap.roadmap(window()));

        assertThat(few).isEqualTo(1);
        assertThat(many).isEqualTo(few);
    }

    @Test
    void a_window_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> roadmap.roadmap(new RoadmapFilter(TO, FROM, null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.end-before-start"));
    }

    private List<Long> ids(RoadmapFilter filter) {
        return roadmap.roadmap(filter).items().stream().map(RoadmapItem::id).toList();
    }

    private static RoadmapFilter window() {
        return new RoadmapFilter(FROM, TO, null, null, null, null, null);
    }

    private long experiment(String title, long departmentId, String start, String end) {
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, Track.PERSONAL)
                .set(INITIATIVE.TITLE, title)
                .set(INITIATIVE.LAYER, "PERSONAL_PRODUCTIVITY")
                .set(INITIATIVE.STAGE, Stage.RUNNING)
                .set(INITIATIVE.OWNER_ID, manager())
                .set(INITIATIVE.DEPARTMENT_ID, departmentId)
                .set(INITIATIVE.START_QUARTER, start)
                .set(INITIATIVE.END_QUARTER, end)
                .returning(INITIATIVE.ID)
                .fetchSingle(INITIATIVE.ID);
    }

    private long programme(String title, long departmentId, Long goalId, Stage stage) {
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, Track.STRATEGIC)
                .set(INITIATIVE.TITLE, title)
                .set(INITIATIVE.LAYER, "STRATEGIC")
                .set(INITIATIVE.AMBITION, "REDESIGN")
                .set(INITIATIVE.STAGE, stage)
                .set(INITIATIVE.OWNER_ID, manager())
                .set(INITIATIVE.DEPARTMENT_ID, departmentId)
                .set(INITIATIVE.GOAL_ID, goalId)
                .set(INITIATIVE.START_QUARTER, "2040-Q1")
                .set(INITIATIVE.END_QUARTER, "2041-Q4")
                .returning(INITIATIVE.ID)
                .fetchSingle(INITIATIVE.ID);
    }

    private long manager() {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("manager"))
                .fetchSingle(APP_USER.ID);
    }

    private long department(String name) {
        return db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq(name))
                .fetchSingle(DEPARTMENT.ID);
    }
}
