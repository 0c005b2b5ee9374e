package nl.tweespoor.initiative.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class StageActionsTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("manager")
    void starting_an_incomplete_experiment_says_what_is_missing_and_changes_nothing() {
        // A complete demo proposal of manager, made incomplete for this test by clearing its lead.
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Spreadsheetformules met AI"))
                .fetchSingle();
        String lead = item.getLeadName();
        db.update(INITIATIVE)
                .setNull(INITIATIVE.LEAD_NAME)
                .where(INITIATIVE.ID.eq(item.getId()))
                .execute();
        try {
            navigate("experiments/" + item.getId(), ExperimentDetailView.class);
            test($(Button.class).id("move-running")).click();
            test($(ConfirmDialog.class).single()).confirm();

            assertThat(test($(Notification.class).last()).getText())
                    .isEqualTo(text("stage.missing-to-start", text("field.lead")));
            assertThat(db.select(INITIATIVE.STAGE)
                            .from(INITIATIVE)
                            .where(INITIATIVE.ID.eq(item.getId()))
                            .fetchSingle()
                            .value1())
                    .isEqualTo(Stage.PROPOSED);
        } finally {
            db.update(INITIATIVE)
                    .set(INITIATIVE.LEAD_NAME, lead)
                    .where(INITIATIVE.ID.eq(item.getId()))
                    .execute();
        }
    }
}
