package nl.tweespoor.governance.ui;

import static nl.tweespoor.db.Tables.GATE_OVERRIDE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tweespoor.governance.AssessmentResult;
import nl.tweespoor.initiative.ui.ProgrammeDetailView;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The principles checklist on a programme page, and the leader's gate override from the stage buttons. */
@FreshDatabaseForEachTest
class ChecklistSectionTest extends BrowserlessUiTest {

    // Demo: manager2 owns this programme in DISCOVERY; nothing is assessed yet.
    private static final String UNASSESSED_PROGRAMME = "Proactieve klantenservice";

    @Autowired
    DSLContext db;

    private long id;

    @BeforeEach
    void find() {
        id = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(UNASSESSED_PROGRAMME))
                .fetchSingle()
                .value1();
    }

    @Test
    @WithUserDetails("manager2")
    @SuppressWarnings("unchecked")
    void the_owner_assesses_a_principle_and_the_checklist_counts_down() {
        navigate(ProgrammeDetailView.class, java.util.Map.of("id", String.valueOf(id)));
        assertThat(test($(Paragraph.class).id("checklist-summary")).getText())
                .isEqualTo(text("assessment.summary", 7, 7, 0));

        test($(Button.class).id("assess-DATA-1")).click();
        test((RadioButtonGroup<AssessmentResult>) $(RadioButtonGroup.class).id("assessment-result"))
                .selectItem(text("assessment.GAP"));
        test($(TextArea.class).id("assessment-note")).setValue("Data gaat naar de VS.");
        test($(Button.class).id("assessment-save")).click();

        assertThat(test($(Paragraph.class).id("checklist-summary")).getText())
                .isEqualTo(text("assessment.summary", 7, 6, 1));
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_the_checklist_without_assess_buttons() {
        navigate(ProgrammeDetailView.class, java.util.Map.of("id", String.valueOf(id)));

        assertThat($(Paragraph.class).withId("checklist-summary").exists()).isTrue();
        assertThat($(Button.class).withId("assess-DATA-1").exists()).isFalse();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_whose_move_is_refused_overrides_the_gate_with_a_reason() {
        navigate(ProgrammeDetailView.class, java.util.Map.of("id", String.valueOf(id)));

        test($(Button.class).id("move-pilot")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(test($(Paragraph.class).id("gate-refusal")).getText()).contains("DATA-1", "SEC-1");
        test($(TextArea.class).id("gate-override-reason")).setValue("Kleine pilot, toetsing loopt mee.");
        test($(Button.class).id("gate-override")).click();

        assertThat(db.select(INITIATIVE.STAGE)
                        .from(INITIATIVE)
                        .where(INITIATIVE.ID.eq(id))
                        .fetchSingle()
                        .value1())
                .isEqualTo(Stage.PILOT);
        assertThat(db.select(GATE_OVERRIDE.REASON)
                        .from(GATE_OVERRIDE)
                        .where(GATE_OVERRIDE.INITIATIVE_ID.eq(id))
                        .fetchSingle()
                        .value1())
                .isEqualTo("Kleine pilot, toetsing loopt mee.");
    }
}
