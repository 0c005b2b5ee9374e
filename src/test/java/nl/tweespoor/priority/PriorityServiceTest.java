package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class PriorityServiceTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    PriorityService service;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leaders_new_order_is_stored_and_read_back_with_the_next_version() {
        var ranking = service.ranking(Track.STRATEGIC, YEAR);
        int otherTrack = service.ranking(Track.PERSONAL, YEAR).version();
        var before = ranking.items().stream().map(RankedItem::id).toList();
        var reversed = new ArrayList<>(before);
        Collections.reverse(reversed);

        service.reorder(Track.STRATEGIC, YEAR, reversed, ranking.version());

        var after = service.ranking(Track.STRATEGIC, YEAR);
        assertThat(after.items()).extracting(RankedItem::id).containsExactlyElementsOf(reversed);
        assertThat(after.version()).isEqualTo(ranking.version() + 1);
        assertThat(service.ranking(Track.PERSONAL, YEAR).version()).as("the other track's ranking")
                .isEqualTo(otherTrack);
        assertThat(db.select(INITIATIVE.PRIORITY_RANK).from(INITIATIVE).where(INITIATIVE.ID.eq(reversed.get(0)))
                .fetchSingle().value1()).isEqualTo(1);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("RANKING_CHANGED"))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void an_order_that_misses_an_item_is_refused_as_outdated() {
        var ranking = service.ranking(Track.PERSONAL, YEAR);
        var ids = ranking.items().stream().map(RankedItem::id).toList();
        assertThatThrownBy(() -> service.reorder(Track.PERSONAL, YEAR, ids.subList(1, ids.size()), ranking.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.ranking(Track.PERSONAL, YEAR).version()).isEqualTo(ranking.version());
    }

    @Test
    @WithUserDetails("leader")
    void a_reorder_or_sort_against_a_ranking_changed_since_is_refused_and_the_newer_order_stays() {
        var seen = service.ranking(Track.PERSONAL, YEAR);
        var ids = seen.items().stream().map(RankedItem::id).toList();
        var reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        service.reorder(Track.PERSONAL, YEAR, reversed, seen.version());
        int events = db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("RANKING_CHANGED"));

        assertThatThrownBy(() -> service.reorder(Track.PERSONAL, YEAR, ids, seen.version()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasFieldOrPropertyWithValue("messageKey", "priority.ranking-changed");
        assertThatThrownBy(() -> service.sortByScore(Track.PERSONAL, YEAR, seen.version()))
                .isInstanceOf(ConcurrentEditException.class);

        var now = service.ranking(Track.PERSONAL, YEAR);
        assertThat(now.items()).extracting(RankedItem::id).containsExactlyElementsOf(reversed);
        assertThat(now.version()).isEqualTo(seen.version() + 1);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("RANKING_CHANGED"))).isEqualTo(events);
    }

    @Test
    @WithUserDetails("leader")
    void sort_by_score_puts_the_highest_score_first_and_unrated_last() {
        var first = service.ranking(Track.PERSONAL, YEAR).items().get(0);
        db.update(INITIATIVE).setNull(INITIATIVE.SCORE_VALUE).where(INITIATIVE.ID.eq(first.id())).execute();

        service.sortByScore(Track.PERSONAL, YEAR, service.ranking(Track.PERSONAL, YEAR).version());

        var items = service.ranking(Track.PERSONAL, YEAR).items();
        assertThat(items.get(items.size() - 1).id()).isEqualTo(first.id());
        var scores = items.stream().map(RankedItem::score).filter(java.util.Objects::nonNull).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @WithUserDetails("leader")
    void the_cut_line_follows_the_envelope_of_the_track() {
        var ranking = service.ranking(Track.STRATEGIC, YEAR);
        var running = BigDecimal.ZERO;
        for (var item : ranking.items()) {
            running = running.add(item.plannedThisYear());
            assertThat(item.cumulative()).isEqualByComparingTo(running);
            assertThat(item.funded()).isEqualTo(running.compareTo(ranking.envelope()) <= 0);
        }
        assertThat(ranking.unfundedCount()).isPositive();
        assertThat(service.unfundedIds(Track.STRATEGIC, YEAR)).hasSize((int) ranking.unfundedCount());
    }

    @Test
    @WithUserDetails("leader")
    void what_if_shows_the_freed_budget_per_quarter_and_saves_nothing() {
        var item = service.ranking(Track.STRATEGIC, YEAR).items().get(0);
        var current = Quarter.of(LocalDate.now());
        var expected = db.select(BUDGET_LINE.QUARTER, BUDGET_LINE.PLANNED).from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(item.id()), BUDGET_LINE.QUARTER.gt(current.toString()))
                .fetchMap(BUDGET_LINE.QUARTER, BUDGET_LINE.PLANNED);
        int eventsBefore = db.fetchCount(AUDIT_EVENT);
        var stageBefore = db.select(INITIATIVE.STAGE).from(INITIATIVE).where(INITIATIVE.ID.eq(item.id()))
                .fetchSingle().value1();

        var whatIf = service.whatIf(YEAR, Set.of(item.id()));

        assertThat(whatIf.freedPerQuarter().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((quarter, amount) -> assertThat(whatIf.freedPerQuarter().get(quarter))
                .isEqualByComparingTo(amount));
        assertThat(whatIf.rankings().stream().filter(r -> r.track() == Track.STRATEGIC).findFirst().orElseThrow()
                .items()).extracting(RankedItem::id).doesNotContain(item.id());
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(eventsBefore);
        assertThat(db.select(INITIATIVE.STAGE).from(INITIATIVE).where(INITIATIVE.ID.eq(item.id())).fetchSingle()
                .value1()).isEqualTo(stageBefore);
    }

    @Test
    @WithUserDetails("leader")
    void ratings_outside_one_to_five_are_refused() {
        var item = service.ranking(Track.PERSONAL, YEAR).items().get(0);
        assertThatThrownBy(() -> service.rate(item.id(), item.version(), new Ratings(6, 3, 3, 3, 3)))
                .isInstanceOf(InvalidInputException.class);
        service.rate(item.id(), item.version(), new Ratings(5, 5, 5, 5, 1));
        assertThat(service.ranking(Track.PERSONAL, YEAR).items().stream().filter(i -> i.id() == item.id())
                .findFirst().orElseThrow().score()).isEqualByComparingTo("5");
    }

    @Test
    @WithUserDetails("leader")
    void weights_all_zero_are_refused() {
        var weights = service.weights();
        assertThatThrownBy(() -> service.setWeights(new Weights(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, weights.version()))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_rank_rate_or_weigh() {
        var ids = service.ranking(Track.PERSONAL, YEAR).items().stream().map(RankedItem::id).toList();
        var item = service.ranking(Track.PERSONAL, YEAR).items().get(0);
        var weights = service.weights();
        assertThatThrownBy(() -> service.reorder(Track.PERSONAL, YEAR, ids, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.sortByScore(Track.PERSONAL, YEAR, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.rate(item.id(), item.version(), new Ratings(3, 3, 3, 3, 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setWeights(weights)).isInstanceOf(AccessDeniedException.class);
    }
}
