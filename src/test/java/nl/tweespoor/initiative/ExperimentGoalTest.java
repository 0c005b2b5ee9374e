package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.db.tables.records.StrategicGoalRecord;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 13: an experiment may name the strategic goal it explores, and promotion keeps that link. */
@Transactional
class ExperimentGoalTest extends DatabaseTest {

    // A concluded demo experiment owned by manager (DemoData).
    private static final String CONCLUDED = "AI-notulist bij klantgesprekken";

    @Autowired
    InitiativeService initiatives;

    @Autowired
    InitiativeLifecycleService lifecycle;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("manager")
    void an_owner_ties_an_experiment_to_the_goal_it_explores_and_may_untie_it() {
        var goal = aGoal();
        var experiment = initiatives.details(idOf(CONCLUDED));

        initiatives.update(
                experiment.id(), experiment.version(), Drafts.with(experiment.draft(), "goalId", goal.getId()));

        var tied = initiatives.details(experiment.id());
        assertThat(tied.draft().goalId()).isEqualTo(goal.getId());
        assertThat(tied.goalTitle()).isEqualTo(goal.getTitle());

        initiatives.update(tied.id(), tied.version(), Drafts.with(tied.draft(), "goalId", null));
        assertThat(initiatives.details(experiment.id()).goalTitle()).isNull();
    }

    @Test
    @WithUserDetails("manager")
    void an_experiment_naming_a_goal_that_does_not_exist_is_refused() {
        var experiment = initiatives.details(idOf(CONCLUDED));
        long missing = db.select(org.jooq.impl.DSL.max(STRATEGIC_GOAL.ID))
                        .from(STRATEGIC_GOAL)
                        .fetchSingle()
                        .value1()
                + 1;

        assertThatThrownBy(() -> initiatives.update(
                        experiment.id(), experiment.version(), Drafts.with(experiment.draft(), "goalId", missing)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("validation.goal-unknown");
        assertThat(initiatives.details(experiment.id()).version()).isEqualTo(experiment.version());
    }

    @Test
    @WithUserDetails("leader")
    void the_programme_made_by_promotion_serves_the_goal_the_experiment_explored() {
        var goal = aGoal();
        var experiment = initiatives.details(idOf(CONCLUDED));
        initiatives.update(
                experiment.id(), experiment.version(), Drafts.with(experiment.draft(), "goalId", goal.getId()));

        long programmeId = lifecycle.promote(experiment.id(), experiment.version() + 1);

        assertThat(initiatives.details(programmeId).draft().goalId()).isEqualTo(goal.getId());
        assertThat(initiatives.details(programmeId).goalTitle()).isEqualTo(goal.getTitle());
    }

    private StrategicGoalRecord aGoal() {
        return db.selectFrom(STRATEGIC_GOAL).orderBy(STRATEGIC_GOAL.ID).limit(1).fetchSingle();
    }

    private long idOf(String title) {
        return ItemRows.idOf(db, title);
    }
}
