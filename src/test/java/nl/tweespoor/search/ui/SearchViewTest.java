package nl.tweespoor.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** /search?q=…: groups by kind with counts, links to each hit's place, matched words as mark text. */
class SearchViewTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("viewer")
    void the_results_page_groups_hits_by_kind_and_links_each_to_its_place() {
        search("chatbots");

        assertThat($(TextField.class).id("search-query").getValue()).isEqualTo("chatbots");
        var experiments = $(Div.class).id("search-group-experiment");
        var links = $(Anchor.class, experiments).all();
        assertThat(links).anySatisfy(link -> {
            assertThat(link.getElement().getTextRecursively()).isEqualTo("HR-chatbot voor verlof en regelingen");
            assertThat(link.getHref()).matches("experiments/\\d+");
            assertThat(link.getElement().getChildren().filter(child -> !child.isTextNode()))
                    .anySatisfy(child -> {
                        assertThat(child.getTag()).isEqualTo("mark");
                        assertThat(child.getText()).isEqualTo("chatbot");
                    });
        });
    }

    @Test
    @WithUserDetails("viewer")
    void words_that_find_nothing_say_so_and_no_words_explain_the_search() {
        search("zzqxv");
        assertThat(test($(Paragraph.class).id("search-none")).getText()).isEqualTo(text("search.none", "zzqxv"));

        navigate("search", SearchView.class);
        assertThat($(Paragraph.class).all())
                .anySatisfy(p -> assertThat(p.getText()).isEqualTo(text("search.prompt")));
    }

    private static void search(String words) {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", words));
    }

    @Test
    @WithUserDetails("viewer")
    void the_header_field_is_on_every_page() {
        navigate("search", SearchView.class);
        assertThat($(TextField.class).id("header-search").getValue()).isEmpty();
    }
}
