package nl.tweespoor.initiative.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The UI offers edit and stage actions only to those the services would allow. */
class DetailPermissionsTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_no_edit_or_stage_action() {
        open("Klantchatbot voor polisvragen");
        assertThat($(Button.class).withId("edit-item").exists()).isFalse();
        assertThat($(Button.class).withId("move-stopped").exists()).isFalse();
        assertThat($(Button.class).withId("hand-over").exists()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_may_edit_and_stop_his_own_experiment_but_not_someone_elses() {
        open("Klantchatbot voor polisvragen");
        assertThat($(Button.class).withId("edit-item").exists()).isTrue();
        assertThat($(Button.class).withId("move-concluded").exists()).isTrue();
        assertThat($(Button.class).withId("hand-over").exists()).isFalse();

        open("HR-chatbot voor verlof en regelingen");
        assertThat($(Button.class).withId("edit-item").exists()).isFalse();
        assertThat($(Button.class).withId("move-concluded").exists()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_does_not_move_programmes_nor_promote() {
        openProgramme("Slimme routering van klantvragen");
        assertThat($(Button.class).withId("edit-item").exists()).isTrue();
        assertThat($(Button.class).withId("move-run").exists()).isFalse();
        open("Klantchatbot voor polisvragen");
        assertThat($(Button.class).withId("promote").exists()).isFalse();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_edits_moves_promotes_and_hands_over() {
        open("HR-chatbot voor verlof en regelingen");
        assertThat($(Button.class).withId("edit-item").exists()).isTrue();
        assertThat($(Button.class).withId("promote").exists()).isTrue();
        openProgramme("Slimme routering van klantvragen");
        assertThat($(Button.class).withId("move-run").exists()).isTrue();
        assertThat($(Button.class).withId("hand-over").exists()).isTrue();
    }

    private void open(String title) {
        navigate("experiments/" + idOf(title), ExperimentDetailView.class);
    }

    private void openProgramme(String title) {
        navigate("programmes/" + idOf(title), ProgrammeDetailView.class);
    }

    private long idOf(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }
}
