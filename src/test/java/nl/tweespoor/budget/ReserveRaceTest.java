package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.Race;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two leaders at once each add an optimise plan that alone fits the room the redesign reserve leaves, but together
 * would eat into it: round after round, exactly one is saved and the other refused with the room the first one left
 * (the year's reserve row is locked while a plan is weighed). Commits, on the class's own copy of the demo database;
 * each round uses a year of its own.
 */
class ReserveRaceTest extends DatabaseTest {

    private static final int ROUNDS = 10;
    private static final int FIRST_YEAR = Year.now().getValue() + 10;
    private static final String FRAUD = "Fraudedetectie bij schademeldingen";
    private static final String ACCEPTANCE = "Automatische polisacceptatie";

    @Autowired
    BudgetService budgets;

    @Autowired
    ReserveService reserves;

    @Autowired
    DSLContext db;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void aSecondLeader() {
        if (db.fetchExists(APP_USER, APP_USER.USERNAME.eq("leader2"))) {
            return;
        }
        long id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, "leader2")
                .set(APP_USER.DISPLAY_NAME, "Tweede Leider")
                .set(APP_USER.EMAIL, "leader2@noordzee.example")
                .set(APP_USER.PASSWORD_HASH, "{noop}unused")
                .set(APP_USER.LOCALE, "nl")
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        db.insertInto(USER_ROLE)
                .set(USER_ROLE.USER_ID, id)
                .set(USER_ROLE.ROLE, "LEADER")
                .execute();
    }

    @Test
    void two_leaders_planning_past_the_reserve_together_one_is_saved_and_the_other_refused_with_the_room_left() {
        var race = new Race(users);
        long fraud = id(FRAUD);
        long acceptance = id(ACCEPTANCE);
        for (int round = 0; round < ROUNDS; round++) {
            int year = FIRST_YEAR + round;
            // Envelopes 10,000, reserve 3,000: optimising may plan 7,000; each plan of 4,000 fits alone.
            race.as("leader", () -> {
                budgets.setEnvelope(Track.STRATEGIC, year, new BigDecimal("10000"), 0);
                reserves.setReserve(year, new BigDecimal("3000"), 0);
            });
            var plan = List.of(new LineEdit(year + "-Q1", new BigDecimal("4000"), BigDecimal.ZERO, 0));

            var outcomes = race.run(
                    "leader",
                    () -> budgets.saveLines(fraud, plan),
                    "leader2",
                    () -> budgets.saveLines(acceptance, plan));

            int winner = Race.oneWinner(outcomes);
            assertThat(outcomes.get(1 - winner).error())
                    .as("round %d", round)
                    .isInstanceOfSatisfying(
                            ReserveRefusedException.class,
                            refused -> assertThat(refused.roomLeft()).isEqualByComparingTo("3000"));
            var reserve = new Reserve[1];
            race.as("viewer", () -> reserve[0] = reserves.reserve(year));
            assertThat(reserve[0].optimisePlanned())
                    .as("only the winner's plan is stored, round %d", round)
                    .isEqualByComparingTo("4000");
            assertThat(reserve[0].optimiseRoom()).isEqualByComparingTo("3000");
            assertThat(reserve[0].free()).isEqualByComparingTo("3000");
        }
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title), INITIATIVE.AMBITION.eq("OPTIMISE"))
                .fetchSingle()
                .value1();
    }
}
