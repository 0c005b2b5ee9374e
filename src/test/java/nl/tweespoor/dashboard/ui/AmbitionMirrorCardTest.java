package nl.tweespoor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.benefits.AmbitionMirrorService;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 13: the dashboard holds up the ambition mirror, with its question, the target and the figures as text. */
class AmbitionMirrorCardTest extends BrowserlessUiTest {

    @Autowired
    AmbitionMirrorService mirrors;

    @Test
    @WithUserDetails("viewer")
    void the_mirror_asks_the_question_and_lists_every_quarter_against_the_target() {
        navigate(DashboardView.class);
        var card = $(Div.class).id("card-ambition-mirror");
        var mirror = mirrors.mirror();

        assertThat($(Paragraph.class, card)
                        .withClassName("mirror-question")
                        .single()
                        .getText())
                .isEqualTo("Ontwerpen we onze toekomst of optimaliseren we ons verleden?");
        assertThat($(ListItem.class, card).all()).hasSize(mirror.quarters().size());
        var option = $(Chart.class, card).single().getElement().getAttribute("option");
        assertThat(option)
                .contains("\"" + mirror.quarters().getFirst().quarter() + "\"")
                .contains("Herontwerpnorm (30%)");
        assertThat($(Paragraph.class, card).id("mirror-below").getText()).endsWith("blijven onder de norm.");
    }
}
