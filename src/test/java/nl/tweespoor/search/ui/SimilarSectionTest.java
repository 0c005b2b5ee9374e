package nl.tweespoor.search.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import nl.tweespoor.initiative.ui.ExperimentDetailView;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** An item's page names the similar initiatives of other departments, with links. */
class SimilarSectionTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_hr_chatbot_page_links_the_other_departments_chatbots() {
        long hr = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("HR-chatbot voor verlof en regelingen"))
                .fetchSingle()
                .value1();
        navigate(ExperimentDetailView.class, Map.of("id", String.valueOf(hr)));

        var section = $(Div.class).id("item-similar");
        assertThat($(Paragraph.class, section).id("item-similar-summary").getText())
                .endsWith(text("similar.departments", 2).substring(2));
        assertThat($(Anchor.class, section).all())
                .extracting(Anchor::getText)
                .contains("Klantchatbot voor polisvragen", "Chatbot op de website voor offertes");
    }
}
