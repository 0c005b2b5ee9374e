package nl.tweespoor.base.fuzz;

import static nl.tweespoor.base.fuzz.Fields.integer;
import static nl.tweespoor.base.fuzz.Fields.number;
import static nl.tweespoor.base.fuzz.Fields.of;
import static nl.tweespoor.base.fuzz.Fields.text;
import static nl.tweespoor.base.fuzz.Fields.uniqueText;
import static nl.tweespoor.base.fuzz.Inputs.constant;
import static nl.tweespoor.base.fuzz.Inputs.oneOf;
import static nl.tweespoor.base.fuzz.ValidationFuzzTest.BAD;
import static nl.tweespoor.base.fuzz.ValidationFuzzTest.FINE;
import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.JOURNEY;
import static nl.tweespoor.db.Tables.REDESIGN_RESERVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.fuzz.Fuzzer.Draft;
import nl.tweespoor.base.fuzz.Fuzzer.Field;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.journey.JourneyDraft;
import nl.tweespoor.journey.JourneyFilter;
import nl.tweespoor.journey.JourneyIntent;
import nl.tweespoor.journey.JourneyKind;
import nl.tweespoor.journey.JourneyService;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** {@link ValidationFuzzTest} for the journeys leaders keep and the redesign reserve they set (issue 13). */
@Transactional
class JourneyAndReserveFuzzTest extends DatabaseTest {

    /** A year without demo budget, so the envelopes are the ones set here. */
    private static final int YEAR = 2091;

    @Autowired
    DSLContext db;

    @Autowired
    JourneyService journeys;

    @Autowired
    ReserveService reserves;

    @Autowired
    BudgetService budgets;

    Fuzzer fuzzer;

    @BeforeEach
    void seed(TestInfo test) {
        fuzzer = new Fuzzer(ValidationFuzzTest.seedFor(test), db);
    }

    @Test
    @WithUserDetails("leader")
    void bad_journey_drafts_are_refused_by_the_app_and_write_nothing() {
        var fields = journeyFields();
        fuzzer.run("JourneyService.create", BAD, FINE, d -> journeys.create(draft(d)), fields);

        long id = journeys.create(
                new JourneyDraft("Fuzz journey", JourneyKind.INTERNAL_CHAIN, null, null, JourneyIntent.OPTIMISE, null));
        fuzzer.run("JourneyService.update", BAD, FINE, d -> journeys.update(id, versionOf(id), draft(d)), fields);

        assertThat(fuzzer.badDrafts()).isEqualTo(2 * BAD);
    }

    @Test
    @WithUserDetails("leader")
    void bad_reserves_are_refused_by_the_app_and_write_nothing() {
        budgets.setEnvelope(Track.STRATEGIC, YEAR, new BigDecimal("800000"), 0);
        budgets.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("200000"), 0);
        var amount = number("amount", REDESIGN_RESERVE.AMOUNT, "0", "1000000", true);
        fuzzer.run(
                "ReserveService.setReserve",
                BAD,
                FINE,
                d -> reserves.setReserve(
                        YEAR, d.number("amount"), reserves.reserve(YEAR).version()),
                amount);

        assertThat(fuzzer.badDrafts()).isEqualTo(BAD);
    }

    private Field[] journeyFields() {
        long leader = userId("leader");
        long viewer = userId("viewer");
        return new Field[] {
            uniqueText("title", JOURNEY.TITLE),
            of("kind", oneOf(JourneyKind.CUSTOMER_JOURNEY, JourneyKind.INTERNAL_CHAIN), constant(null)),
            of("owner", oneOf(null, leader), oneOf(-1L, viewer)),
            text("description", JOURNEY.DESCRIPTION, false),
            // the redesign year is required with this intent; the other intents drop it (JourneyServiceTest)
            of("intent", constant(JourneyIntent.REDESIGN), constant(null)),
            integer("redesignBy", JourneyDraft.MIN_YEAR, JourneyDraft.MAX_YEAR, true)
        };
    }

    private static JourneyDraft draft(Draft d) {
        return new JourneyDraft(
                d.text("title"),
                d.get("kind"),
                d.get("owner"),
                d.text("description"),
                d.get("intent"),
                d.integer("redesignBy"));
    }

    private int versionOf(long id) {
        return journeys.page(JourneyFilter.ALL, 0, 1000).stream()
                .filter(j -> j.id() == id)
                .findFirst()
                .orElseThrow()
                .version();
    }

    private long userId(String username) {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.ID);
    }
}
