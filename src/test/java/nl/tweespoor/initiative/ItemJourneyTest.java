package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.JOURNEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 13: a programme or experiment names the journey or chain it touches, picked from the leaders' list. */
@Transactional
@WithUserDetails("manager")
class ItemJourneyTest extends DatabaseTest {

    @Autowired
    InitiativeService service;

    @Autowired
    DSLContext db;

    @Test
    void an_experiment_and_a_programme_name_a_journey_and_their_pages_show_its_title() {
        long journey = journeyId("Inkomende e-mail en chat");
        long hr = Drafts.departmentId(db, "HR");

        long experiment =
                service.propose(Track.PERSONAL, Drafts.withJourney(Drafts.experiment("Mailtriage", hr), journey));
        long programme =
                service.propose(Track.STRATEGIC, Drafts.withJourney(Drafts.programme("Mailroutering", hr), journey));

        for (long id : new long[] {experiment, programme}) {
            var details = service.details(id);
            assertThat(details.draft().journeyId()).isEqualTo(journey);
            assertThat(details.journeyTitle()).isEqualTo("Inkomende e-mail en chat");
            assertThat(details.journey()).isEqualTo(new Option(journey, "Inkomende e-mail en chat"));
        }
    }

    @Test
    void an_edit_can_clear_the_journey() {
        long hr = Drafts.departmentId(db, "HR");
        var draft = Drafts.withJourney(Drafts.programme("Mailroutering", hr), journeyId("Offerte tot polis"));
        long id = service.propose(Track.STRATEGIC, draft);

        service.update(id, service.details(id).version(), Drafts.withJourney(draft, null));

        assertThat(service.details(id).journey()).isNull();
        assertThat(db.fetchValue(INITIATIVE.JOURNEY_ID, INITIATIVE.ID.eq(id))).isNull();
    }

    @Test
    void a_journey_that_does_not_exist_is_refused() {
        long hr = Drafts.departmentId(db, "HR");
        int items = db.fetchCount(INITIATIVE);

        assertThatThrownBy(() -> service.propose(
                        Track.PERSONAL, Drafts.withJourney(Drafts.experiment("Mailtriage", hr), Long.MAX_VALUE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.journey-unknown"));
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(items);
    }

    @Test
    void the_picker_searches_journeys_by_title_a_page_at_a_time() {
        assertThat(service.journeyChoices("schade", 0, 10))
                .extracting(Option::label)
                .containsExactly("Schadebeoordeling", "Schademelding tot uitbetaling");
        assertThat(service.journeyChoices("", 0, 3)).hasSize(3);
        assertThat(service.journeyChoices("", 3, 1000)).hasSize(db.fetchCount(JOURNEY) - 3);
    }

    private long journeyId(String title) {
        return db.fetchValue(JOURNEY.ID, JOURNEY.TITLE.eq(title));
    }
}
