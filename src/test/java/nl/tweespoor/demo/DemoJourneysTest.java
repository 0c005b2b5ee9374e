package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.JOURNEY;
import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo story's journeys: every intent and kind, every programme on a journey, some experiments too. */
class DemoJourneysTest extends DatabaseTest {

    @Autowired
    DSLContext db;

    @Test
    void the_demo_has_journeys_of_every_intent_and_kind() {
        assertThat(db.selectDistinct(JOURNEY.INTENT).from(JOURNEY).fetch(JOURNEY.INTENT))
                .containsExactlyInAnyOrder("REDESIGN", "OPTIMISE", "EXHAUSTED");
        assertThat(db.selectDistinct(JOURNEY.KIND).from(JOURNEY).fetch(JOURNEY.KIND))
                .containsExactlyInAnyOrder("CUSTOMER_JOURNEY", "INTERNAL_CHAIN");
        assertThat(db.fetchCount(JOURNEY, JOURNEY.INTENT.eq("REDESIGN").and(JOURNEY.REDESIGN_BY.isNull())))
                .isZero();
    }

    @Test
    void every_demo_programme_and_some_experiments_name_a_journey() {
        // the demo story's own items (the large portfolio, if loaded, has programmes of its own)
        var story = INITIATIVE.ID.le(db.select(org.jooq.impl.DSL.max(INITIATIVE.ID))
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Steekproeven voor interne controle")));
        assertThat(db.fetchCount(
                        INITIATIVE,
                        story.and(INITIATIVE.TRACK.eq(Track.STRATEGIC)).and(INITIATIVE.JOURNEY_ID.isNull())))
                .isZero();
        assertThat(db.fetchCount(
                        INITIATIVE,
                        story.and(INITIATIVE.TRACK.eq(Track.PERSONAL)).and(INITIATIVE.JOURNEY_ID.isNotNull())))
                .isEqualTo(10);
    }
}
