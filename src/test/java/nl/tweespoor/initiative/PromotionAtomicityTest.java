package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import nl.tweespoor.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Promotion is one transaction: when the experiment's update fails after the programme was inserted, the programme
 * is gone too. Not @Transactional on purpose: the promotion must commit or roll back on its own. A temporary trigger
 * makes the second write fail; it lives in this test's own database, which is thrown away after it.
 */
@FreshDatabaseForEachTest
class PromotionAtomicityTest extends DatabaseTest {

    @Autowired
    InitiativeLifecycleService lifecycle;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void when_marking_the_experiment_fails_no_programme_is_left_behind() {
        TestDatabase.asOwner("create function refuse_promoted() returns trigger language plpgsql as $$ begin "
                + "if new.stage = 'PROMOTED' then raise exception 'test: refuse promotion'; end if; "
                + "return new; end; $$");
        TestDatabase.asOwner("create trigger refuse_promoted before update on initiative for each row "
                + "execute function refuse_promoted()");
        long id = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Kennisbank doorzoeken met AI"))
                .fetchSingle()
                .value1();
        var experiment = initiatives.details(id);
        int items = db.fetchCount(INITIATIVE);
        int events = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> lifecycle.promote(id, experiment.version())).isInstanceOf(RuntimeException.class);

        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(items);
        assertThat(db.fetchCount(INITIATIVE, INITIATIVE.PROMOTED_FROM_ID.eq(id)))
                .isZero();
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
        assertThat(initiatives.details(id).stage()).isEqualTo(Stage.RUNNING);
    }
}
