package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.LineEdit;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.Race;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The owner posts a status update with a spend while a leader enters the same quarter's actual on the budget page,
 * round after round: one of them wins, the other is told (ConcurrentEditException), and the actual is the winner's
 * amount, never silently overwritten. The first round starts without a budget line for the quarter, so both create
 * it. Commits, on the class's own copy of the demo database.
 */
class SpendRaceTest extends DatabaseTest {

    private static final int ROUNDS = 25;
    private static final String ITEM = "Klantchatbot voor polisvragen";

    @Autowired
    StatusService statuses;

    @Autowired
    BudgetService budgets;

    @Autowired
    DSLContext db;

    @Autowired
    UserDetailsService users;

    @Test
    void a_status_spend_against_a_leaders_actual_one_wins_and_the_other_is_told() {
        var race = new Race(users);
        long item = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(ITEM))
                .fetchSingle()
                .value1();
        var quarter = Quarter.of(LocalDate.now());
        db.deleteFrom(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(item), BUDGET_LINE.QUARTER.eq(quarter.toString()))
                .execute();
        for (int round = 0; round < ROUNDS; round++) {
            var spend = new BigDecimal(100 + round);
            var actual = new BigDecimal(5000 + round);
            var seenByOwner = new QuarterSpend[1];
            race.as("manager", () -> seenByOwner[0] = statuses.quarterSpend(item));
            var seenByLeader = new LineEdit[1];
            race.as("leader", () -> {
                var line = budgets.itemLines(item, quarter.year()).stream()
                        .filter(l -> l.quarter().equals(quarter.toString()))
                        .findFirst()
                        .orElseThrow();
                seenByLeader[0] = new LineEdit(line.quarter(), line.planned(), actual, line.version());
            });
            int updates = db.fetchCount(STATUS_UPDATE, STATUS_UPDATE.INITIATIVE_ID.eq(item));

            var outcomes = race.run(
                    "manager",
                            () -> statuses.post(
                                    item,
                                    new StatusDraft(
                                            Rag.GREEN, 50, spend, "Ronde", null, null, seenByOwner[0].version())),
                    "leader", () -> budgets.saveLines(item, List.of(seenByLeader[0])));

            int winner = Race.oneWinner(outcomes);
            assertThat(outcomes.get(1 - winner).error())
                    .as("the loser is told, round %d", round)
                    .isInstanceOf(ConcurrentEditException.class);
            var stored = db.select(BUDGET_LINE.ACTUAL)
                    .from(BUDGET_LINE)
                    .where(BUDGET_LINE.INITIATIVE_ID.eq(item), BUDGET_LINE.QUARTER.eq(quarter.toString()))
                    .fetchSingle()
                    .value1();
            assertThat(stored).isEqualByComparingTo(winner == 0 ? spend : actual);
            assertThat(db.fetchCount(STATUS_UPDATE, STATUS_UPDATE.INITIATIVE_ID.eq(item)))
                    .as("a refused status update is not stored either")
                    .isEqualTo(updates + (winner == 0 ? 1 : 0));
        }
    }
}
