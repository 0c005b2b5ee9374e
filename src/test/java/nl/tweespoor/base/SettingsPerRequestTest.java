package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.InOneRequest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/** Issue 11: the settings row is read once per request, afresh after a write, and every time outside a request. */
@Transactional
@WithUserDetails("leader")
class SettingsPerRequestTest extends DatabaseTest {

    @Autowired
    Settings settings;

    @Autowired
    BudgetService budgets;

    @Autowired
    DSLContext db;

    @Test
    void several_readers_in_one_request_read_the_row_once() {
        var counted = InOneRequest.count(() -> {
            var first = settings.current();
            settings.current();
            budgets.yearTotals(2001);
            return first;
        });

        // the settings once, the year totals once
        assertThat(counted.statements()).isEqualTo(2);
        assertThat(counted.result().organisationName()).isNotBlank();
    }

    @Test
    void a_write_in_the_request_makes_the_rest_of_it_read_afresh() {
        var read = InOneRequest.run(() -> {
            var before = settings.current();
            budgets.setRedesignTarget(new BigDecimal("42"), before.version());
            var after = settings.current();
            long statements = SqlStatements.countIn(() -> {
                settings.current();
                settings.current();
            });
            return new Object[] {before, after, statements};
        });

        assertThat(((AppSettings) read[1]).redesignTargetPct()).isEqualByComparingTo("42");
        assertThat(((AppSettings) read[1]).version()).isEqualTo(((AppSettings) read[0]).version() + 1);
        assertThat((long) read[2])
                .as("after a write nothing is kept for the rest of the request")
                .isEqualTo(2);
    }

    @Test
    void any_statement_writing_the_row_through_jooq_makes_the_request_read_afresh() {
        var after = InOneRequest.run(() -> {
            settings.current();
            db.update(APP_SETTING)
                    .set(APP_SETTING.STALE_AFTER_DAYS, 77)
                    .where(APP_SETTING.ID.eq(1))
                    .execute();
            return settings.current();
        });

        assertThat(after.staleAfterDays()).isEqualTo(77);
    }

    @Test
    void each_request_reads_the_row_of_its_own() {
        long first = InOneRequest.statements(settings::current);
        long second = InOneRequest.statements(settings::current);

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(1);
    }

    @Test
    void outside_a_request_nothing_is_kept() {
        var before = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.resetRequestAttributes();
        try {
            assertThat(SqlStatements.countIn(() -> {
                        settings.current();
                        settings.current();
                    }))
                    .isEqualTo(2);
        } finally {
            RequestContextHolder.setRequestAttributes(before);
        }
    }
}
