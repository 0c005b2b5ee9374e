package nl.tweespoor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import nl.tweespoor.governance.MatrixFilter;
import nl.tweespoor.governance.MatrixService;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The board sees on the dashboard whether the norms are met and where departments build the same thing twice. */
class DashboardGovernanceCardTest extends BrowserlessUiTest {

    @Autowired
    MatrixService matrix;

    @Autowired
    FragmentationService fragmentation;

    @Test
    @WithUserDetails("viewer")
    void the_governance_card_counts_open_principle_points_and_undecided_fragmentation_groups() {
        navigate(DashboardView.class);

        var lines = $(ListItem.class, $(Div.class).id("card-governance")).all();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).getElement().getTextRecursively())
                .endsWith(String.valueOf(matrix.count(new MatrixFilter(null, null, true))));
        long undecided = fragmentation.summary().open();
        assertThat(undecided).as("the demo's chatbot and Azure OpenAI groups").isGreaterThanOrEqualTo(2);
        assertThat(lines.get(1).getElement().getTextRecursively()).endsWith(String.valueOf(undecided));
        assertThat($(Anchor.class, lines.get(1)).single().getHref()).isEqualTo("governance");
    }
}
