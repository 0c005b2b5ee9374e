package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tweespoor.base.Changes;
import nl.tweespoor.base.SqlStatements;
import nl.tweespoor.demo.LargePortfolio;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/** The flags as a service: one statement for the rows asked for, the cut lines read once per request. */
@Transactional
@WithUserDetails("viewer")
class FlagServiceTest extends DatabaseTest {

    @Autowired
    FlagService flags;

    @Autowired
    DSLContext db;

    @Test
    void within_one_request_the_cut_lines_are_read_once_and_each_flags_call_is_one_statement() {
        assertThat(RequestContextHolder.getRequestAttributes())
                .as("the test runs inside a request")
                .isNotNull();
        var ids = db.select(INITIATIVE.ID).from(INITIATIVE).limit(10).fetch(INITIATIVE.ID);

        long first = SqlStatements.count(() -> flags.signals(ids)).statements();
        long second = SqlStatements.count(() -> flags.signals(ids)).statements();
        long counts = SqlStatements.count(() -> flags.activeFlagCounts()).statements();

        assertThat(first).isGreaterThan(1);
        assertThat(second).isEqualTo(1);
        assertThat(counts).isEqualTo(1);
    }

    @Test
    void a_change_made_in_the_request_makes_the_next_call_read_the_cut_lines_again() {
        var ids = List.of(
                db.select(INITIATIVE.ID).from(INITIATIVE).limit(1).fetchSingle().value1());
        flags.signals(ids);
        Changes.recorded();
        assertThat(SqlStatements.count(() -> flags.signals(ids)).statements()).isGreaterThan(1);
    }

    @Test
    void the_statements_of_a_flags_call_do_not_grow_with_the_portfolio() {
        long atDemoSize = statementsOfAGridPageAndTheCounts();
        LargePortfolio.load(db, 0.05);
        assertThat(db.fetchCount(INITIATIVE)).isGreaterThan(500);
        assertThat(statementsOfAGridPageAndTheCounts()).isEqualTo(atDemoSize);
    }

    private long statementsOfAGridPageAndTheCounts() {
        Changes.recorded();
        var page = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .orderBy(INITIATIVE.ID.desc())
                .limit(50)
                .fetch(INITIATIVE.ID);
        return SqlStatements.countIn(() -> {
            flags.signals(page);
            flags.activeFlagCounts();
        });
    }

    @Test
    void the_counts_agree_with_the_flags_of_every_active_item() {
        var active = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.STAGE.in(Stage.ACTIVE))
                .fetch(INITIATIVE.ID);
        var signals = flags.signals(active);
        var counts = flags.activeFlagCounts();
        for (var flag : Flag.values()) {
            assertThat(counts.get(flag))
                    .as(flag.name())
                    .isEqualTo(signals.values().stream()
                            .filter(s -> s.flags().contains(flag))
                            .count());
        }
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
                .as("the demo has flags")
                .isPositive();
    }
}
