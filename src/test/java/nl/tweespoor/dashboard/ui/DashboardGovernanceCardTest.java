package nl.tweespoor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The board sees on the dashboard whether the norms are met and where departments build the same thing twice. */
class DashboardGovernanceCardTest extends BrowserlessUiTest {

    /** Open items (not finished, stopped or promoted) with an active principle not assessed or assessed as a GAP. */
    private static final String OPEN_PRINCIPLE_POINTS = """
            select count(*) from initiative i
            where i.stage in ('PROPOSED', 'IDEA', 'RUNNING', 'DISCOVERY', 'PILOT', 'SCALE', 'RUN')
              and exists (select 1 from principle p where p.active and not exists (
                    select 1 from principle_assessment a
                    where a.initiative_id = i.id and a.principle_id = p.id and a.result <> 'GAP'))
            """;

    /**
     * The demo story's fragmentation groups without a decision: the chatbots by use case, two of them by title
     * ("chatbot"), and Azure OpenAI.
     */
    private static final int DEMO_UNDECIDED_GROUPS = 3;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_governance_card_counts_open_principle_points_and_undecided_fragmentation_groups() {
        navigate(DashboardView.class);

        var lines = $(ListItem.class, $(Div.class).id("card-governance")).all();
        assertThat(lines).hasSize(3);
        int openPoints = db.fetchSingle(OPEN_PRINCIPLE_POINTS).get(0, Integer.class);
        assertThat(openPoints)
                .as("the demo story has items with open principle points")
                .isPositive();
        assertThat(lines.get(0).getElement().getTextRecursively()).endsWith(String.valueOf(openPoints));
        assertThat(lines.get(1).getElement().getTextRecursively()).endsWith(String.valueOf(DEMO_UNDECIDED_GROUPS));
        assertThat($(Anchor.class, lines.get(1)).single().getHref()).isEqualTo("governance");
    }
}
