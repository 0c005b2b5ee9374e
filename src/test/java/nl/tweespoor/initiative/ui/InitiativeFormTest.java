package nl.tweespoor.initiative.ui;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FreshDatabaseForEachTest
class InitiativeFormTest extends BrowserlessUiTest {

    private static final String TITLE = "Browserless-proef met vergadersamenvattingen";

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void saving_without_a_title_shows_the_error_and_saves_nothing() {
        navigate(ExperimentsView.class);
        int before = db.fetchCount(INITIATIVE);
        test($(Button.class).id("create-item")).click();

        test($(Button.class).id("initiative-save")).click();

        var title = $(TextField.class).id("initiative-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo(text("validation.title-required"));
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("leader")
    void a_proposal_with_title_and_department_is_saved_audited_and_opened() {
        navigate(ExperimentsView.class);
        int before = db.fetchCount(INITIATIVE, INITIATIVE.TRACK.eq(Track.PERSONAL));
        test($(Button.class).id("create-item")).click();

        test($(TextField.class).id("initiative-title")).setValue(TITLE);
        @SuppressWarnings("unchecked")
        ComboBox<Option> department = (ComboBox<Option>) $(ComboBox.class).id("initiative-department");
        test(department).selectItem("Finance");
        test($(Button.class).id("initiative-save")).click();

        assertThat(db.fetchCount(INITIATIVE, INITIATIVE.TRACK.eq(Track.PERSONAL)))
                .isEqualTo(before + 1);
        var stored = db.selectFrom(INITIATIVE).where(INITIATIVE.TITLE.eq(TITLE)).fetchSingle();
        assertThat(stored.getStage()).isEqualTo(Stage.PROPOSED);
        assertThat(stored.getLayer()).isEqualTo("PERSONAL_PRODUCTIVITY");
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT.ENTITY_ID.eq(stored.getId()).and(AUDIT_EVENT.KIND.eq("INITIATIVE_CREATED"))))
                .isEqualTo(1);
        assertThat(getCurrentView()).isInstanceOf(ExperimentDetailView.class);
        assertThat($(H2.class).withClassName("detail-title").single().getText()).isEqualTo(TITLE);
    }

    @Test
    @WithUserDetails("leader")
    void a_concurrent_save_is_refused_plainly_and_the_input_is_kept() {
        long id = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Klantchatbot voor polisvragen"))
                .fetchSingle()
                .value1();
        navigate("experiments/" + id, ExperimentDetailView.class);
        test($(Button.class).id("edit-item")).click();
        test($(TextField.class).id("initiative-title")).setValue("Mijn nieuwe titel");

        // Someone else saves the same item in the meantime.
        db.update(INITIATIVE)
                .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1))
                .where(INITIATIVE.ID.eq(id))
                .execute();
        try {
            test($(Button.class).id("initiative-save")).click();

            var conflict = $(ConfirmDialog.class).single();
            assertThat(conflict.isOpened()).isTrue();
            assertThat($(TextField.class).id("initiative-title").getValue()).isEqualTo("Mijn nieuwe titel");
            assertThat(db.select(INITIATIVE.TITLE)
                            .from(INITIATIVE)
                            .where(INITIATIVE.ID.eq(id))
                            .fetchSingle()
                            .value1())
                    .isEqualTo("Klantchatbot voor polisvragen");
        } finally {
            db.update(INITIATIVE)
                    .set(INITIATIVE.VERSION, INITIATIVE.VERSION.minus(1))
                    .where(INITIATIVE.ID.eq(id))
                    .execute();
        }
    }
}
