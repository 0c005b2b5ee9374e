package nl.tweespoor.governance.fragmentation.ui;

import static nl.tweespoor.db.Tables.TOOL_ALIAS;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.governance.ui.GovernanceView;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 16: leaders keep the tool aliases on /governance; everyone else reads them. */
@FreshDatabaseForEachTest
class ToolAliasPanelTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leader_adds_an_alias_sees_it_listed_and_removes_it() {
        navigate(GovernanceView.class);
        var grid = test($(Grid.class).id("tool-aliases-grid"));

        test($(TextField.class).id("tool-alias-alias")).setValue("Zendesk");
        test($(TextField.class).id("tool-alias-canonical")).setValue("Zendesk AI");
        test($(Button.class).id("tool-alias-add")).click();

        assertThat(grid.size()).isEqualTo(1);
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo(text("fragmentation.aliases.added", "Zendesk", "Zendesk AI"));
        assertThat(grid.getCellText(0, 0)).isEqualTo("Zendesk");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Zendesk AI");
        assertThat($(TextField.class).id("tool-alias-alias").getValue()).isEmpty();
        assertThat(db.fetchCount(TOOL_ALIAS)).isEqualTo(1);

        var remove = (Button) grid.getCellComponent(0, 3);
        assertThat(remove.getAriaLabel()).contains(text("fragmentation.aliases.remove-label", "Zendesk"));
        test(remove).click();

        assertThat(db.fetchCount(TOOL_ALIAS)).isZero();
        assertThat(grid.size()).isZero();
        assertThat($(Paragraph.class).id("tool-aliases-count").getText())
                .isEqualTo(text("fragmentation.aliases.count", 0));
    }

    @Test
    @WithUserDetails("leader")
    void an_alias_that_is_its_own_tool_is_refused_in_plain_words_and_the_input_is_kept() {
        navigate(GovernanceView.class);

        test($(TextField.class).id("tool-alias-alias")).setValue("Co-pilot");
        test($(TextField.class).id("tool-alias-canonical")).setValue("co pilot");
        test($(Button.class).id("tool-alias-add")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("fragmentation.alias.same"));
        assertThat($(TextField.class).id("tool-alias-alias").getValue()).isEqualTo("Co-pilot");
        assertThat(db.fetchCount(TOOL_ALIAS)).isZero();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_aliases_without_a_form() {
        navigate(GovernanceView.class);

        assertThat($(Section.class).id("tool-aliases").isVisible()).isTrue();
        assertThat($(TextField.class).withId("tool-alias-alias").all()).isEmpty();
        assertThat($(Button.class).withId("tool-alias-add").all()).isEmpty();
    }
}
