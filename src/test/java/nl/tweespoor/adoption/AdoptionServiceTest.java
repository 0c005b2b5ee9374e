package nl.tweespoor.adoption;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Adoption signals per department, checked against the experiments of the demo story. */
@Transactional
@WithUserDetails("viewer")
class AdoptionServiceTest extends DatabaseTest {

    @Autowired
    AdoptionService adoption;

    @Autowired
    DSLContext db;

    @Autowired
    nl.tweespoor.initiative.InitiativeLifecycleService lifecycle;

    /**
     * Worked out by hand from DemoData.experiments(): participants of RUNNING, CONCLUDED and PROMOTED experiments;
     * experiments that ran (RUNNING, CONCLUDED, PROMOTED, and STOPPED after running — both demo ones ran);
     * concluded (CONCLUDED, PROMOTED); with learnings.
     */
    @Test
    void the_signals_per_department_match_the_demo_story() {
        assertThat(adoption.perDepartment())
                .containsExactly(
                        new AdoptionSignal("Finance", 8, 2, 0, 1),
                        new AdoptionSignal("HR", 13, 3, 1, 2),
                        new AdoptionSignal("IT", 65, 3, 1, 1),
                        new AdoptionSignal("Klantenservice", 70, 4, 2, 2),
                        new AdoptionSignal("Marketing", 15, 3, 1, 1),
                        new AdoptionSignal("Operations", 28, 2, 1, 1),
                        new AdoptionSignal("Schadebehandeling", 25, 2, 1, 1));
    }

    @Test
    void the_signals_equal_a_count_over_the_stored_experiments() {
        var experiments = db.select(
                        DEPARTMENT.NAME,
                        INITIATIVE.STAGE,
                        INITIATIVE.PARTICIPANTS,
                        INITIATIVE.LEARNINGS,
                        INITIATIVE.STARTED_AT)
                .from(INITIATIVE)
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .fetch();
        var departments = db.select(DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .where(DEPARTMENT.ACTIVE.isTrue())
                .orderBy(DEPARTMENT.NAME)
                .fetch(DEPARTMENT.NAME);

        var expected = departments.stream()
                .map(name -> {
                    var own = experiments.stream()
                            .filter(e -> e.value1().equals(name))
                            .toList();
                    int participants = own.stream()
                            .filter(e -> Set.of(Stage.RUNNING, Stage.CONCLUDED, Stage.PROMOTED)
                                    .contains(e.value2()))
                            .mapToInt(e -> e.value3() == null ? 0 : e.value3())
                            .sum();
                    int ran = (int) own.stream()
                            .filter(e -> Set.of(Stage.RUNNING, Stage.CONCLUDED, Stage.PROMOTED)
                                            .contains(e.value2())
                                    || (e.value2() == Stage.STOPPED && e.value5() != null))
                            .count();
                    int concluded = (int) own.stream()
                            .filter(e -> e.value2() == Stage.CONCLUDED || e.value2() == Stage.PROMOTED)
                            .count();
                    int learnings =
                            (int) own.stream().filter(e -> e.value4() != null).count();
                    return new AdoptionSignal(name, participants, ran, concluded, learnings);
                })
                .toList();

        assertThat(adoption.perDepartment()).isEqualTo(expected);
    }

    @Test
    @WithUserDetails("manager")
    void an_experiment_stopped_as_a_proposal_did_not_run_but_one_stopped_after_running_did() {
        var before = signalOf("IT");
        var proposal = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("AI-hulp voor de servicedesk"))
                .fetchSingle();
        var running = db.selectFrom(INITIATIVE)
                .where(
                        INITIATIVE.TRACK.eq(Track.PERSONAL),
                        INITIATIVE.STAGE.eq(Stage.RUNNING),
                        INITIATIVE.OWNER_ID.eq(manager()),
                        INITIATIVE.DEPARTMENT_ID.eq(proposal.getDepartmentId()))
                .limit(1)
                .fetchSingle();

        lifecycle.moveStage(proposal.getId(), proposal.getVersion(), nl.tweespoor.stage.Stage.STOPPED);
        lifecycle.moveStage(running.getId(), running.getVersion(), nl.tweespoor.stage.Stage.STOPPED);

        assertThat(signalOf("IT").experimentsRan()).isEqualTo(before.experimentsRan());
    }

    private AdoptionSignal signalOf(String department) {
        return adoption.perDepartment().stream()
                .filter(s -> s.department().equals(department))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_department_without_experiments_shows_zeros_and_programmes_do_not_count() {
        long legal = db.insertInto(DEPARTMENT)
                .set(DEPARTMENT.NAME, "Juridisch")
                .returning(DEPARTMENT.ID)
                .fetchSingle(DEPARTMENT.ID);
        db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, Track.STRATEGIC)
                .set(INITIATIVE.TITLE, "Contractanalyse")
                .set(INITIATIVE.LAYER, "OPERATIONAL")
                .set(INITIATIVE.STAGE, Stage.PILOT)
                .set(INITIATIVE.PARTICIPANTS, 50)
                .set(INITIATIVE.LEARNINGS, "Programma, geen experiment")
                .set(INITIATIVE.OWNER_ID, manager())
                .set(INITIATIVE.DEPARTMENT_ID, legal)
                .execute();

        assertThat(adoption.perDepartment())
                .filteredOn(s -> s.department().equals("Juridisch"))
                .containsExactly(new AdoptionSignal("Juridisch", 0, 0, 0, 0));
    }

    @Test
    void an_inactive_department_is_left_out() {
        db.update(DEPARTMENT)
                .set(DEPARTMENT.ACTIVE, false)
                .where(DEPARTMENT.NAME.eq("Finance"))
                .execute();

        assertThat(adoption.perDepartment())
                .extracting(AdoptionSignal::department)
                .isEqualTo(List.of("HR", "IT", "Klantenservice", "Marketing", "Operations", "Schadebehandeling"));
    }

    private long manager() {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("manager"))
                .fetchSingle(APP_USER.ID);
    }
}
