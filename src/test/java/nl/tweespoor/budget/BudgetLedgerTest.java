package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SinceTheStory;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class BudgetLedgerTest extends DatabaseTest {

    /** A year without demo budget, so every amount below is put there by the test. */
    private static final int YEAR = Year.now().getValue() + 5;

    @Autowired
    BudgetService budgets;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void roll_ups_equal_the_hand_computed_sums() {
        long redesign = id("Schadereis opnieuw ontworpen met AI"); // STRATEGIC, REDESIGN, Schadebehandeling
        long optimise = id("Fraudedetectie bij schademeldingen"); // STRATEGIC, OPTIMISE, Schadebehandeling
        long experiment = id("Klantchatbot voor polisvragen"); // PERSONAL, OPTIMISE, Klantenservice
        save(redesign, "Q1", "100", "120");
        save(redesign, "Q2", "200", "0");
        save(optimise, "Q1", "500", "100");
        save(experiment, "Q3", "50", "10");
        budgets.setEnvelope(Track.STRATEGIC, YEAR, new BigDecimal("700"), 0);
        budgets.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("100"), 0);

        var overview = budgets.overview(YEAR);

        var strategic = overview.tracks().stream()
                .filter(r -> r.key().equals("STRATEGIC"))
                .findFirst()
                .orElseThrow();
        assertThat(strategic.planned()).isEqualByComparingTo("800");
        assertThat(strategic.actual()).isEqualByComparingTo("220");
        assertThat(strategic.envelope()).isEqualByComparingTo("700");
        assertThat(strategic.overEnvelope()).isTrue();
        var personal = overview.tracks().stream()
                .filter(r -> r.key().equals("PERSONAL"))
                .findFirst()
                .orElseThrow();
        assertThat(personal.planned()).isEqualByComparingTo("50");
        assertThat(personal.overEnvelope()).isFalse();
        var claims = overview.departments().stream()
                .filter(r -> r.label().equals("Schadebehandeling"))
                .findFirst()
                .orElseThrow();
        assertThat(claims.planned()).isEqualByComparingTo("800");
        assertThat(claims.actual()).isEqualByComparingTo("220");
        // Redesign share: 300 of 850 planned.
        assertThat(overview.balance().sharePct()).isEqualByComparingTo("35.3");
        // This year lies ahead, so nothing of its plan is due yet: the 120 already spent is above plan to date.
        assertThat(budgets.overBudgetItems(YEAR, 0, 100))
                .extracting(Rollup::label)
                .contains("Schadereis opnieuw ontworpen met AI");
    }

    @Test
    @WithUserDetails("leader")
    void the_demo_year_roll_up_per_track_matches_a_direct_query() {
        int year = Year.now().getValue();
        var expected = db.select(INITIATIVE.TRACK, DSL.sum(BUDGET_LINE.PLANNED))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))
                .groupBy(INITIATIVE.TRACK)
                .fetchMap(INITIATIVE.TRACK, DSL.sum(BUDGET_LINE.PLANNED));
        budgets.overview(year)
                .tracks()
                .forEach(track -> assertThat(track.planned())
                        .isEqualByComparingTo(expected.getOrDefault(Track.valueOf(track.key()), BigDecimal.ZERO)));
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_enters_actuals_on_his_own_item_but_cannot_plan() {
        long own = id("Slimme routering van klantvragen");
        budgets.saveLines(own, List.of(new LineEdit(YEAR + "-Q1", BigDecimal.ZERO, new BigDecimal("42"), 0)));
        assertThat(budgets.itemLines(own, YEAR).get(0).actual()).isEqualByComparingTo("42");

        var line = budgets.itemLines(own, YEAR).get(0);
        assertThatThrownBy(() -> budgets.saveLines(
                        own,
                        List.of(new LineEdit(YEAR + "-Q1", new BigDecimal("1000"), line.actual(), line.version()))))
                .isInstanceOf(NotPermittedException.class);
        assertThat(budgets.itemLines(own, YEAR).get(0).planned()).isEqualByComparingTo("0");
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_enter_actuals_on_someone_elses_item_nor_set_envelopes() {
        long others = id("Fraudedetectie bij schademeldingen");
        assertThatThrownBy(() -> budgets.saveLines(
                        others, List.of(new LineEdit(YEAR + "-Q1", BigDecimal.ZERO, BigDecimal.TEN, 0))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> budgets.setEnvelope(Track.PERSONAL, YEAR, BigDecimal.TEN, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budgets.setRedesignTarget(BigDecimal.TEN, 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void negative_amounts_and_stale_versions_are_refused_and_saves_are_audited() {
        long item = id("Klantchatbot voor polisvragen");
        assertThatThrownBy(() -> budgets.saveLines(
                        item, List.of(new LineEdit(YEAR + "-Q1", new BigDecimal("-1"), BigDecimal.ZERO, 0))))
                .isInstanceOf(InvalidInputException.class);
        save(item, "Q1", "10", "0");
        assertThatThrownBy(() -> budgets.saveLines(
                        item, List.of(new LineEdit(YEAR + "-Q1", new BigDecimal("20"), BigDecimal.ZERO, 0))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .KIND
                                .eq("BUDGET_LINE_SAVED")
                                .and(AUDIT_EVENT.INITIATIVE_ID.eq(item))
                                .and(SinceTheStory.auditEvents())))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("viewer")
    void quarters_without_a_stored_line_read_as_zero() {
        var lines = budgets.itemLines(id("Klantchatbot voor polisvragen"), YEAR);
        assertThat(lines).hasSize(4);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.planned()).isZero();
            assertThat(line.version()).isZero();
        });
    }

    private void save(long item, String quarter, String planned, String actual) {
        var current = budgets.itemLines(item, YEAR).stream()
                .filter(l -> l.quarter().endsWith(quarter))
                .findFirst()
                .orElseThrow();
        budgets.saveLines(
                item,
                List.of(new LineEdit(
                        YEAR + "-" + quarter, new BigDecimal(planned), new BigDecimal(actual), current.version())));
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }
}
