package nl.tweespoor.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tweespoor.base.BenchmarkAction;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The benchmark (signed in as a leader) asks the app for the routes of the demo story's review in progress and item pages. */
@SpringBootTest(properties = "tweespoor.benchmark=true")
class BenchmarkStoryRoutesTest extends DatabaseTest {

    @Autowired
    List<BenchmarkAction> actions;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void the_review_in_progress_is_named_by_its_route() {
        var inProgress = db.fetchValue("select id from review where status = 'IN_PROGRESS'")
                .toString();

        assertThat(action("review-in-progress").run()).isEqualTo("reviews/" + inProgress);
    }

    @Test
    void the_item_pages_are_the_first_experiment_and_the_first_programme() {
        var experiment = db.fetchValue("select min(id) from initiative where track = 'PERSONAL'")
                .toString();
        var programme = db.fetchValue("select min(id) from initiative where track = 'STRATEGIC'")
                .toString();

        assertThat(action("item-pages").run()).isEqualTo("experiments/" + experiment + " programmes/" + programme);
    }

    private BenchmarkAction action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
