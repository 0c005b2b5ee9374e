package nl.tweespoor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tweespoor.base.BenchmarkAction;
import nl.tweespoor.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The benchmark times a search and a draft's similar items through the app's actions, which find what users find. */
@SpringBootTest(properties = "tweespoor.benchmark=true")
class SearchBenchmarkTest extends DatabaseTest {

    @Autowired
    List<BenchmarkAction> actions;

    @Autowired
    SearchService search;

    @Test
    @WithUserDetails("leader")
    void the_search_action_answers_as_many_hits_as_the_search_page_counts() {
        int counted = search.search("chatbot").groups().stream()
                .mapToInt(SearchGroup::total)
                .sum();

        assertThat(counted).isPositive();
        assertThat(action("search").run()).isEqualTo(Integer.toString(counted));
    }

    @Test
    @WithUserDetails("leader")
    void the_similar_draft_action_finds_the_demo_chatbots_as_the_proposal_form_would() {
        var found = search.similarTo(SearchBenchmark.DRAFT);

        assertThat(found.items()).extracting(SimilarItem::title).anyMatch(title -> title.contains("hatbot"));
        assertThat(action("similar-draft").run())
                .isEqualTo(Integer.toString(found.items().size()));
    }

    private BenchmarkAction action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
