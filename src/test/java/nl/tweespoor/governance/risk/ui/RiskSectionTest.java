package nl.tweespoor.governance.risk.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tweespoor.governance.risk.RiskClass;
import nl.tweespoor.initiative.ui.ProgrammeDetailView;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The risk section of an item's page: everyone sees class and register; only those who may edit get the actions. */
@FreshDatabaseForEachTest
class RiskSectionTest extends BrowserlessUiTest {

    private static final String FRAUD = "Fraudedetectie bij schademeldingen";
    private static final String ROUTING = "Slimme routering van klantvragen";

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_the_class_justification_and_register_without_any_edit_action() {
        open(FRAUD);

        assertThat($(Div.class).id("item-risk").isVisible()).isTrue();
        assertThat($(Span.class).withText(text("risk.class.HIGH")).exists()).isTrue();
        assertThat($(Paragraph.class).id("risk-justification").getText()).contains("EU AI Act");
        assertThat(test($(Grid.class).id("risk-grid")).size()).isEqualTo(1);
        assertThat($(Span.class).withText(text("risk.open-high")).exists()).isTrue();
        assertThat($(Button.class).withId("risk-class-edit").exists()).isFalse();
        assertThat($(Button.class).withId("risk-add").exists()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_gets_the_actions_on_his_own_programme_only() {
        open(FRAUD);
        assertThat($(Button.class).withId("risk-class-edit").exists()).isFalse();

        open(ROUTING);
        assertThat($(Button.class).withId("risk-class-edit").exists()).isTrue();
        assertThat($(Button.class).withId("risk-add").exists()).isTrue();
        assertThat($(Paragraph.class).withText(text("risk.register.empty")).exists())
                .isTrue();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_changes_the_class_and_can_still_edit_the_item_without_a_conflict() {
        open(FRAUD);
        assertThat($(Button.class).withId("risk-add").exists()).isTrue();
        test($(Button.class).id("risk-class-edit")).click();

        @SuppressWarnings("unchecked")
        Select<Object> riskClass = $(Select.class).id("risk-class-select");
        test(riskClass).selectItem(text("risk.class.LIMITED"));
        test($(TextArea.class).id("risk-justification-field")).setValue("");
        test($(Button.class).id("risk-class-save")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("risk.justification-required"));

        test($(TextArea.class).id("risk-justification-field")).setValue("Alleen signalering; een mens beslist.");
        assertThat($(TextArea.class).id("risk-lowering-reason-field").isVisible())
                .isTrue();
        test($(Button.class).id("risk-class-save")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("risk.lowering-reason-required"));

        test($(TextArea.class).id("risk-lowering-reason-field")).setValue("De score beslist niets meer zelf.");
        test($(Button.class).id("risk-class-save")).click();

        assertThat($(Span.class).withText(text("risk.class.LIMITED")).exists()).isTrue();
        assertThat($(Paragraph.class).id("risk-justification").getText())
                .isEqualTo("Alleen signalering; een mens beslist.");
        test($(Button.class).id("edit-item")).click();
        test($(Button.class).id("initiative-save")).click();
        assertThat($(ConfirmDialog.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void an_owner_is_offered_only_the_current_class_and_higher_ones() {
        open(ROUTING);
        test($(Button.class).id("risk-class-edit")).click();

        @SuppressWarnings("unchecked")
        Select<RiskClass> riskClass = $(Select.class).id("risk-class-select");
        assertThat(riskClass.getListDataView().getItems())
                .containsExactly(RiskClass.LIMITED, RiskClass.HIGH, RiskClass.PROHIBITED);
        assertThat($(TextArea.class).withId("risk-lowering-reason-field").exists())
                .as("visible reason field")
                .isFalse();
    }

    @Test
    @WithUserDetails("leader")
    void adding_an_open_risk_of_3_by_5_shows_it_as_an_open_high_risk_and_flags_the_item() {
        open(ROUTING);
        test($(Button.class).id("risk-add")).click();
        test($(TextArea.class).id("risk-description")).setValue("Klachten belanden bij de verkeerde afdeling");
        @SuppressWarnings("unchecked")
        Select<Object> likelihood = $(Select.class).id("risk-likelihood");
        test(likelihood).selectItem(text("risk.likelihood.3"));
        @SuppressWarnings("unchecked")
        Select<Object> impact = $(Select.class).id("risk-impact");
        test(impact).selectItem(text("risk.impact.5"));
        test($(Button.class).id("risk-save")).click();

        assertThat(test($(Grid.class).id("risk-grid")).size()).isEqualTo(1);
        assertThat($(Span.class).withText(text("risk.open-high")).exists()).isTrue();
        assertThat($(Span.class)
                        .withText(text("flag.HIGH_RISK"))
                        .withClassName("badge-flag")
                        .exists())
                .isTrue();
    }

    private void open(String title) {
        navigate("programmes/" + id(title), ProgrammeDetailView.class);
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }
}
