package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.tweespoor.base.Track;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 13: the cut line funds redesign items from the track's share of the redesign reserve first, in SQL, and the
 * what-if shows the reserve after the stops. A year without demo budget: envelopes personal 1,000 and strategic 3,000,
 * the reserve set through {@link ReserveService}. Rolled back after each test.
 */
@Transactional
@WithUserDetails("leader")
class ReserveCutLineTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue() + 5;

    @Autowired
    PriorityService priorities;

    @Autowired
    RankingService rankings;

    @Autowired
    ReserveService reserves;

    @Autowired
    DSLContext db;

    @Test
    void the_track_gets_its_share_of_the_reserve_pro_rata_to_its_envelope() {
        onlyThese("OPTIMISE 10");
        setReserve("1200");

        assertThat(rankings.summary(Track.PERSONAL, YEAR).reserveShare()).isEqualByComparingTo("300");
        assertThat(rankings.summary(Track.STRATEGIC, YEAR).reserveShare()).isEqualByComparingTo("900");
        assertThat(rankings.summary(Track.PERSONAL, YEAR).envelope()).isEqualByComparingTo("1000");
    }

    @Test
    void an_optimise_item_within_the_running_total_is_unfunded_when_it_would_eat_into_the_reserve() {
        var ids = onlyThese("OPTIMISE 500", "OPTIMISE 300", "REDESIGN 100", "REDESIGN 50");
        setReserve("1200");

        assertThat(funded()).containsExactly(true, false, false, false);
        var cut = priorities.cutLine(Track.PERSONAL, YEAR);
        assertThat(cut.firstUnfunded().id()).isEqualTo(ids.get(1));
        assertThat(below(cut)).containsExactlyInAnyOrderElementsOf(ids.subList(1, 4));
    }

    @Test
    void optimise_up_to_the_envelope_minus_the_share_is_funded_and_a_cent_more_is_not() {
        onlyThese("OPTIMISE 700", "REDESIGN 300");
        setReserve("1200");
        assertThat(funded()).containsExactly(true, true);

        onlyThese("OPTIMISE 700.01", "REDESIGN 10");
        assertThat(funded()).containsExactly(false, false);
    }

    @Test
    void redesign_beyond_the_share_competes_with_the_other_items_for_the_rest() {
        var ids = onlyThese("REDESIGN 500", "OPTIMISE 500", "OPTIMISE 0.01", "REDESIGN 0");
        setReserve("1200");

        assertThat(funded()).containsExactly(true, true, false, false);
        var cut = priorities.cutLine(Track.PERSONAL, YEAR);
        assertThat(cut.firstUnfunded().id()).isEqualTo(ids.get(2));
        assertThat(below(cut)).containsExactlyInAnyOrderElementsOf(ids.subList(2, 4));
    }

    @Test
    void with_no_reserve_the_same_items_are_cut_by_the_running_total_alone() {
        onlyThese("OPTIMISE 500", "OPTIMISE 300", "REDESIGN 100", "REDESIGN 150");
        setReserve("0");

        assertThat(rankings.summary(Track.PERSONAL, YEAR).reserveShare()).isEqualByComparingTo("0");
        assertThat(funded()).containsExactly(true, true, true, false);
    }

    @Test
    void flags_below_the_cut_line_agree_with_the_ranking_and_the_rule_with_a_reserve() {
        for (var track : Track.values()) {
            RankingFixtures.addOpenItems(db, track, 300, YEAR);
        }
        db.update(INITIATIVE)
                .set(INITIATIVE.AMBITION, "REDESIGN")
                .where(
                        INITIATIVE.TITLE.like("Gegenereerd %"),
                        INITIATIVE.ID.mod(4L).eq(0L))
                .execute();
        envelopes("400000", "1200000");
        setReserve("1200000");
        for (var track : Track.values()) {
            var ranking = priorities.ranking(track, YEAR);
            var share = rankings.summary(track, YEAR).reserveShare();
            assertThat(share).isEqualByComparingTo(track == Track.PERSONAL ? "300000" : "900000");
            var lines = ranking.items().stream()
                    .map(item -> new ReserveFirst.Line(
                            item.plannedThisYear(), item.ambition().equals("REDESIGN")))
                    .toList();
            int first = ReserveFirst.firstUnfunded(ranking.envelope(), share, lines);
            assertThat(first)
                    .as("the generated items run past the envelope of " + track)
                    .isPositive();
            var items = ranking.items();
            var unfunded = items.subList(first, items.size()).stream()
                    .map(RankedItem::id)
                    .toList();
            assertThat(items.subList(0, first)).allMatch(RankedItem::funded);
            assertThat(items.subList(first, items.size())).noneMatch(RankedItem::funded);
            var cut = priorities.cutLine(track, YEAR);
            assertThat(cut.firstUnfunded().position()).isEqualTo(first + 1);
            assertThat(below(cut)).containsExactlyInAnyOrderElementsOf(unfunded);
            assertThat(priorities.unfundedIds(track, YEAR)).containsExactlyInAnyOrderElementsOf(unfunded);
        }
        // the reserve moves the cut line up: more is unfunded than the running total alone would cut
        var personal = priorities.ranking(Track.PERSONAL, YEAR);
        var withoutReserve = personal.items().stream()
                .filter(item -> item.cumulative().compareTo(personal.envelope()) > 0)
                .count();
        assertThat(personal.unfundedCount()).isGreaterThan(withoutReserve);
    }

    @Test
    void stopping_redesign_items_frees_reserve_and_leaves_the_optimise_room() {
        var ids = onlyThese("OPTIMISE 600", "REDESIGN 200", "REDESIGN 250");
        setReserve("400");

        var whatIf = priorities.whatIf(YEAR, Set.of(ids.get(1), ids.get(2)));

        var before = whatIf.reserveBefore();
        var after = whatIf.reserveAfter();
        assertThat(before.amount()).isEqualByComparingTo("400");
        assertThat(before.usedByRedesign()).isEqualByComparingTo("400");
        assertThat(before.free()).isEqualByComparingTo("0");
        assertThat(before.optimiseRoom()).isEqualByComparingTo("3000");
        assertThat(after.amount()).isEqualByComparingTo("400");
        assertThat(after.usedByRedesign()).isEqualByComparingTo("0");
        assertThat(after.free()).isEqualByComparingTo("400");
        assertThat(after.optimiseRoom()).isEqualByComparingTo("3000");
    }

    @Test
    void stopping_an_optimise_item_frees_optimise_room_not_reserve_and_saves_nothing() {
        var ids = onlyThese("OPTIMISE 600", "REDESIGN 150");
        setReserve("400");

        var whatIf = priorities.whatIf(YEAR, Set.of(ids.get(0)));

        assertThat(whatIf.reserveAfter().usedByRedesign()).isEqualByComparingTo("150");
        assertThat(whatIf.reserveAfter().free()).isEqualByComparingTo("250");
        assertThat(whatIf.reserveAfter().optimiseRoom()).isEqualByComparingTo("3600");
        assertThat(whatIf.reserveBefore().optimiseRoom()).isEqualByComparingTo("3000");
        var stored = reserves.reserve(YEAR);
        assertThat(stored.optimisePlanned()).isEqualByComparingTo("600");
        assertThat(stored.free()).isEqualByComparingTo("250");
        assertThat(db.fetchCount(INITIATIVE, INITIATIVE.ID.eq(ids.get(0)), INITIATIVE.STAGE.eq(Stage.RUNNING)))
                .isOne();
    }

    private List<Boolean> funded() {
        return rankings.page(Track.PERSONAL, YEAR, 0, 50).stream()
                .filter(item -> item.title().startsWith("Reserve "))
                .map(RankedItem::funded)
                .toList();
    }

    private List<Long> below(CutLine cut) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(CutLineSql.below(cut))
                .fetch(INITIATIVE.ID);
    }

    private void setReserve(String amount) {
        reserves.setReserve(YEAR, new BigDecimal(amount), reserves.reserve(YEAR).version());
    }

    private void envelopes(String personal, String strategic) {
        RankingFixtures.envelope(db, Track.PERSONAL, YEAR, new BigDecimal(personal));
        RankingFixtures.envelope(db, Track.STRATEGIC, YEAR, new BigDecimal(strategic));
    }

    /**
     * Envelopes personal 1,000 and strategic 3,000; stops every open personal item and adds one per "AMBITION amount",
     * ranked in that order, planned in the year's second quarter; returns their ids.
     */
    private List<Long> onlyThese(String... items) {
        envelopes("1000", "3000");
        var ambitions = Arrays.stream(items).map(item -> item.split(" ")[0]).toList();
        var planned = Arrays.stream(items).map(item -> item.split(" ")[1]).toList();
        return RankingFixtures.onlyThesePersonal(db, YEAR, "Reserve ", ambitions, planned);
    }
}
