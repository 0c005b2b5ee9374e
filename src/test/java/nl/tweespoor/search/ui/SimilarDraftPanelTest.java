package nl.tweespoor.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.initiative.ui.ExperimentsView;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 16: while someone proposes an experiment, the items like it appear beside the form, with links. */
class SimilarDraftPanelTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("manager")
    void typing_a_chatbot_title_lists_the_demo_chatbots_in_a_labelled_live_region() {
        var panel = proposeAnExperiment();
        var content = $(Div.class, panel).id("draft-similar-content");
        assertThat(panel.getElement().getAttribute("aria-labelledby")).isEqualTo("draft-similar-heading");
        assertThat(content.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat($(Anchor.class, panel).all()).isEmpty();

        test($(TextField.class).id("initiative-title")).setValue("Chatbot voor klantvragen");

        assertThat($(Anchor.class, panel).all())
                .extracting(Anchor::getText)
                .contains("Klantchatbot voor polisvragen", "HR-chatbot voor verlof en regelingen");
        assertThat($(Anchor.class, panel).all())
                .allSatisfy(link -> assertThat(link.getTarget()).contains(AnchorTarget.BLANK.getValue()));
        assertThat($(Paragraph.class, panel).id("draft-similar-summary").getText())
                .endsWith(text("similar.draft-departments", 3).substring(1));
    }

    @Test
    @WithUserDetails("manager")
    void the_same_result_again_keeps_the_list_and_too_little_text_empties_it() {
        var panel = proposeAnExperiment();
        var title = $(TextField.class).id("initiative-title");
        test(title).setValue("Chatbot voor klantvragen");
        var first = $(Anchor.class, panel).first();

        test(title).setValue("Chatbot voor klantvragen ");

        assertThat($(Anchor.class, panel).first()).isSameAs(first);

        test(title).setValue("Ch");

        assertThat($(Anchor.class, panel).all()).isEmpty();
        assertThat($(Paragraph.class, panel).single().getText()).isEqualTo(text("similar.draft-empty"));
    }

    private Section proposeAnExperiment() {
        navigate(ExperimentsView.class);
        test($(Button.class).id("create-item")).click();
        return $(Section.class).id("draft-similar");
    }
}
