package nl.tweespoor.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import nl.tweespoor.base.SqlStatements;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The priorities page's service calls run the same number of SQL statements on the demo data and with thousands more
 * open items per track: the page, its next page, a move, a sort and the cut line. Rolled back after each test.
 */
@Transactional
class PrioritiesStatementsTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue();
    private static final int EXTRA_PER_TRACK = 2_000;

    @Autowired
    PriorityService priorities;

    @Autowired
    RankingService rankings;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void opening_and_scrolling_the_page_costs_the_same_statements_at_demo_size_and_large() {
        long demo = SqlStatements.countIn(this::openAndScroll);
        addItems();
        long large = SqlStatements.countIn(this::openAndScroll);

        assertThat(large).isEqualTo(demo);
        assertThat(rankings.summary(Track.PERSONAL, YEAR).count()).isGreaterThan(EXTRA_PER_TRACK);
    }

    @Test
    @WithUserDetails("leader")
    void a_move_a_sort_and_the_cut_line_cost_the_same_statements_at_demo_size_and_large() {
        long demo = SqlStatements.countIn(this::moveSortAndCut);
        addItems();
        long large = SqlStatements.countIn(this::moveSortAndCut);

        assertThat(large).isEqualTo(demo);
    }

    private void openAndScroll() {
        priorities.mayEdit();
        priorities.weights();
        for (var track : Track.values()) {
            rankings.summary(track, YEAR);
            rankings.page(track, YEAR, 0, 50);
            rankings.page(track, YEAR, 50, 50);
        }
    }

    private void moveSortAndCut() {
        for (var track : Track.values()) {
            // The sort first: then every item has a rank at both sizes, and the moves below take the same path.
            rankings.sortByScore(track, rankings.summary(track, YEAR).version());
            var top = rankings.page(track, YEAR, 0, 3);
            rankings.moveToPosition(
                    track, top.get(2).id(), 2, rankings.summary(track, YEAR).version());
            rankings.moveNextTo(
                    track,
                    top.get(0).id(),
                    top.get(2).id(),
                    true,
                    rankings.summary(track, YEAR).version());
            priorities.cutLine(track, YEAR);
        }
    }

    private void addItems() {
        for (var track : Track.values()) {
            RankingFixtures.addOpenItems(db, track, EXTRA_PER_TRACK, YEAR);
        }
    }
}
