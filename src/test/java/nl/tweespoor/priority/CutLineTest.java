package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cut line computed in SQL: running totals per page agree with the whole ranking, the SQL score is the score of
 * {@link Weights#score}, the boundaries of the envelope hold, and {@link CutLineSql#below} selects exactly the unfunded
 * items. With no redesign reserve (see ReserveCutLineTest for one). Rolled back after each test.
 */
@Transactional
@WithUserDetails("leader")
class CutLineTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    PriorityService priorities;

    @Autowired
    RankingService rankings;

    @Autowired
    DSLContext db;

    @Test
    void pages_of_the_ranking_carry_the_running_totals_of_everything_above_them() {
        RankingFixtures.noReserve(db, YEAR);
        RankingFixtures.addOpenItems(db, Track.STRATEGIC, 40, YEAR);
        var whole = priorities.ranking(Track.STRATEGIC, YEAR);
        var paged = new ArrayList<RankedItem>();
        for (int offset = 0; offset < whole.items().size(); offset += 7) {
            paged.addAll(rankings.page(Track.STRATEGIC, YEAR, offset, 7));
        }

        assertThat(paged).isEqualTo(whole.items());
        var running = BigDecimal.ZERO;
        for (int i = 0; i < paged.size(); i++) {
            var item = paged.get(i);
            running = running.add(item.plannedThisYear());
            assertThat(item.position()).isEqualTo(i + 1);
            assertThat(item.cumulative()).isEqualByComparingTo(running);
            assertThat(item.funded()).isEqualTo(running.compareTo(whole.envelope()) <= 0);
        }
    }

    @Test
    void the_score_in_sql_is_the_weighted_average_of_the_rule() {
        RankingFixtures.addOpenItems(db, Track.PERSONAL, 60, YEAR);
        var weights = priorities.weights();
        for (var item : rankings.page(Track.PERSONAL, YEAR, 0, 500)) {
            var ratings = db.select(
                            INITIATIVE.SCORE_VALUE,
                            INITIATIVE.SCORE_STRATEGIC_FIT,
                            INITIATIVE.SCORE_FEASIBILITY,
                            INITIATIVE.SCORE_URGENCY,
                            INITIATIVE.SCORE_RISK)
                    .from(INITIATIVE)
                    .where(INITIATIVE.ID.eq(item.id()))
                    .fetchSingle();
            var expected = weights.score(
                    ratings.value1(), ratings.value2(), ratings.value3(), ratings.value4(), ratings.value5());
            if (expected == null) {
                assertThat(item.score()).isNull();
            } else {
                assertThat(item.score()).as(item.title()).isEqualByComparingTo(expected);
            }
        }
    }

    @Test
    void exactly_meeting_the_envelope_is_funded_one_cent_more_is_not_and_all_below_stay_unfunded() {
        var ids = onlyTheseExperiments(new BigDecimal("1000"), "400", "600", "0.01", "0");

        var items = rankings.page(Track.PERSONAL, YEAR, 0, 10);

        assertThat(items).extracting(RankedItem::id).containsExactlyElementsOf(ids);
        assertThat(items).extracting(RankedItem::funded).containsExactly(true, true, false, false);
        assertThat(items)
                .extracting(item -> item.cumulative().toPlainString())
                .containsExactly("400.00", "1000.00", "1000.01", "1000.01");
        var cut = priorities.cutLine(Track.PERSONAL, YEAR);
        assertThat(cut.firstUnfunded().id()).isEqualTo(ids.get(2));
        assertThat(cut.firstUnfunded().position()).isEqualTo(3);
    }

    @Test
    void with_no_envelope_only_items_without_planned_budget_are_funded() {
        onlyTheseExperiments(BigDecimal.ZERO, "0", "5");
        assertThat(rankings.page(Track.PERSONAL, YEAR, 0, 10))
                .extracting(RankedItem::funded)
                .containsExactly(true, false);
    }

    @Test
    void with_everything_funded_there_is_no_cut_line_and_no_row_is_below_it() {
        onlyTheseExperiments(new BigDecimal("10000"), "10", "20");
        var cut = priorities.cutLine(Track.PERSONAL, YEAR);
        assertThat(cut.everythingFunded()).isTrue();
        assertThat(db.fetchCount(INITIATIVE, CutLineSql.below(cut))).isZero();
    }

    @Test
    void the_condition_below_the_cut_line_selects_exactly_the_unfunded_items_of_each_track() {
        RankingFixtures.noReserve(db, YEAR);
        for (var track : Track.values()) {
            RankingFixtures.addOpenItems(db, track, 600, YEAR);
        }
        var lines = new ArrayList<CutLine>();
        for (var track : Track.values()) {
            var cut = priorities.cutLine(track, YEAR);
            lines.add(cut);
            var unfunded = priorities.ranking(track, YEAR).items().stream()
                    .filter(item -> !item.funded())
                    .map(RankedItem::id)
                    .toList();
            assertThat(unfunded)
                    .as("the generated items run past the envelope of " + track)
                    .isNotEmpty();
            assertThat(db.select(INITIATIVE.ID)
                            .from(INITIATIVE)
                            .where(CutLineSql.below(cut))
                            .fetch(INITIATIVE.ID))
                    .containsExactlyInAnyOrderElementsOf(unfunded);
            assertThat(priorities.unfundedIds(track, YEAR)).containsExactlyInAnyOrderElementsOf(unfunded);
        }
        var alias = INITIATIVE.as("item");
        assertThat(db.fetchCount(alias, CutLineSql.belowAny(lines, alias)))
                .isEqualTo(priorities.unfundedIds(Track.PERSONAL, YEAR).size()
                        + priorities.unfundedIds(Track.STRATEGIC, YEAR).size());
    }

    /** Stops every open experiment and adds one per planned amount, ranked in that order; returns their ids. */
    private List<Long> onlyTheseExperiments(BigDecimal envelope, String... planned) {
        RankingFixtures.noReserve(db, YEAR);
        RankingFixtures.envelope(db, Track.PERSONAL, YEAR, envelope);
        var ambitions = Collections.nCopies(planned.length, "OPTIMISE");
        return RankingFixtures.onlyThesePersonal(db, YEAR, "Grens ", ambitions, List.of(planned));
    }
}
