package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
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
    void the_cut_line_follows_the_envelope_of_the_track() {
        RankingFixtures.noReserve(db, YEAR);
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
        var expected = db.select(BUDGET_LINE.QUARTER, BUDGET_LINE.PLANNED)
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(item.id()), BUDGET_LINE.QUARTER.gt(current.toString()))
                .fetchMap(BUDGET_LINE.QUARTER, BUDGET_LINE.PLANNED);
        int eventsBefore = db.fetchCount(AUDIT_EVENT);
        var stageBefore = db.select(INITIATIVE.STAGE)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(item.id()))
                .fetchSingle()
                .value1();

        var whatIf = service.whatIf(YEAR, Set.of(item.id()));

        assertThat(whatIf.freedPerQuarter().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((quarter, amount) ->
                assertThat(whatIf.freedPerQuarter().get(quarter)).isEqualByComparingTo(amount));
        var unfundedNow = service.ranking(Track.STRATEGIC, YEAR).unfundedCount();
        assertThat(whatIf.unfundedAfter().get(Track.STRATEGIC))
                .as("stopping the first item frees room above the line")
                .isLessThanOrEqualTo(unfundedNow);
        assertThat(whatIf.unfundedAfter().get(Track.PERSONAL))
                .isEqualTo(service.ranking(Track.PERSONAL, YEAR).unfundedCount());
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(eventsBefore);
        assertThat(db.select(INITIATIVE.STAGE)
                        .from(INITIATIVE)
                        .where(INITIATIVE.ID.eq(item.id()))
                        .fetchSingle()
                        .value1())
                .isEqualTo(stageBefore);
    }

    @Test
    @WithUserDetails("leader")
    void ratings_outside_one_to_five_are_refused() {
        var item = service.ranking(Track.PERSONAL, YEAR).items().get(0);
        assertThatThrownBy(() -> service.rate(item.id(), item.version(), new Ratings(6, 3, 3, 3, 3)))
                .isInstanceOf(InvalidInputException.class);
        service.rate(item.id(), item.version(), new Ratings(5, 5, 5, 5, 1));
        assertThat(service.ranking(Track.PERSONAL, YEAR).items().stream()
                        .filter(i -> i.id() == item.id())
                        .findFirst()
                        .orElseThrow()
                        .score())
                .isEqualByComparingTo("5");
    }

    @Test
    @WithUserDetails("leader")
    void weights_all_zero_are_refused() {
        var weights = service.weights();
        assertThatThrownBy(() -> service.setWeights(new Weights(
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        weights.version())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_rate_or_weigh() {
        var item = service.ranking(Track.PERSONAL, YEAR).items().get(0);
        var weights = service.weights();
        assertThatThrownBy(() -> service.rate(item.id(), item.version(), new Ratings(3, 3, 3, 3, 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setWeights(weights)).isInstanceOf(AccessDeniedException.class);
    }
}
