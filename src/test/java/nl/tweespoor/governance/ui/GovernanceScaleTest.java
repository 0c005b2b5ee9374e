package nl.tweespoor.governance.ui;

import static nl.tweespoor.db.Tables.PRINCIPLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import nl.tweespoor.base.SqlStatements;
import nl.tweespoor.dashboard.ui.DashboardView;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.GrownPortfolio;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * /governance costs what is on screen: the same statements with hundreds of items more, ten groups at first with
 * their first items and a count, twenty high-risk items at first, and more of each on request.
 */
@Transactional
class GovernanceScaleTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void the_governance_page_runs_the_same_statements_on_a_grown_portfolio_and_caps_what_it_shows() {
        navigate(GovernanceView.class);
        navigate(DashboardView.class);
        long withDemoData = SqlStatements.countIn(() -> navigate(GovernanceView.class));

        GrownPortfolio.grow(db, 600);
        manyGroups(15);
        // From another view, as a user comes back to the page: Vaadin keeps the instance of the view already shown.
        navigate(DashboardView.class);
        long grown = SqlStatements.countIn(() -> navigate(GovernanceView.class));

        assertThat(grown).isEqualTo(withDemoData);
        var cards = $(Article.class).all();
        assertThat(cards).as("the radar's first page of groups").hasSize(8);
        int principles = db.fetchCount(PRINCIPLE, PRINCIPLE.ACTIVE.isTrue());
        for (var card : cards) {
            assertThat($(ListItem.class, card).all().size())
                    .as("items and differences of " + card.getElement().getAttribute("data-group-key"))
                    .isLessThanOrEqualTo(FragmentationService.ITEMS_SHOWN + principles);
        }
        var counted = cards.stream()
                .flatMap(card -> $(Paragraph.class, card).withClassName("fragmentation-more-items").all().stream())
                .toList();
        assertThat(counted)
                .as("the widest groups list their first items and count the rest")
                .isNotEmpty()
                .allSatisfy(more -> assertThat(more.getText()).startsWith("+ nog "));
        assertThat($(ListItem.class, $(Div.class).id("risk-items")).all()).hasSize(10);
        assertThat($(Button.class).id("risk-items-more").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void show_more_adds_the_next_groups_and_the_next_high_risk_items() {
        GrownPortfolio.grow(db, 200);
        manyGroups(15);
        navigate(GovernanceView.class);
        var groupKeys = $(Article.class).all().stream()
                .map(c -> c.getElement().getAttribute("data-group-key"))
                .toList();

        var moreGroups = $(Button.class).id("fragmentation-more");
        assertThat(moreGroups.getText()).startsWith("Toon 8 groepen meer (8 van ");
        test(moreGroups).click();

        var after = $(Article.class).all().stream()
                .map(c -> c.getElement().getAttribute("data-group-key"))
                .toList();
        assertThat(after)
                .hasSizeGreaterThan(groupKeys.size())
                .startsWith(groupKeys.toArray(String[]::new))
                .doesNotHaveDuplicates();

        test($(Button.class).id("risk-items-more")).click();
        assertThat($(ListItem.class, $(Div.class).id("risk-items")).all()).hasSize(20);
    }

    /** {@code count} tools, each used by two departments: as many groups. */
    private void manyGroups(int count) {
        db.execute("""
                insert into initiative (track, title, layer, stage, owner_id, department_id, tool_vendor)
                select 'PERSONAL', 'Schaal ' || g || '-' || d, 'PERSONAL_PRODUCTIVITY', 'RUNNING',
                       (select id from app_user where username = 'manager'),
                       (select id from department order by id offset d limit 1), 'Schaaltool ' || g
                from generate_series(1, ?) g, generate_series(0, 1) d
                """, count);
    }
}
