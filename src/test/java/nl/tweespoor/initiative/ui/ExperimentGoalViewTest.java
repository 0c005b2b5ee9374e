package nl.tweespoor.initiative.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 13: the experiment form offers the strategic goals and the programmes (both searched as you type, paged from
 * the database), and the pages say which goal and programme the experiment explores.
 */
@FreshDatabaseForEachTest
class ExperimentGoalViewTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leader_ties_an_experiment_to_a_goal_in_its_form_and_its_page_names_the_goal() {
        var experiment = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("AI-notulist bij klantgesprekken"))
                .fetchSingle();
        var goal = db.selectFrom(STRATEGIC_GOAL)
                .orderBy(STRATEGIC_GOAL.ID)
                .limit(1)
                .fetchSingle();
        navigate("experiments/" + experiment.getId(), ExperimentDetailView.class);
        test($(Button.class).id("edit-item")).click();

        @SuppressWarnings("unchecked")
        ComboBox<Option> picker = (ComboBox<Option>) $(ComboBox.class).id("initiative-goal");
        assertThat(picker.getLabel()).isEqualTo(text("field.explores-goal"));
        // Lazy: the goals are searched as you type and paged from the database, never all loaded.
        assertThat(picker.getDataProvider().isInMemory()).isFalse();
        var choice = new Option(goal.getId(), goal.getTitle() + " (" + goal.getHorizonYear() + ")");
        picker.setValue(choice);
        test($(Button.class).id("initiative-save")).click();

        assertThat(db.fetchValue(INITIATIVE.GOAL_ID, INITIATIVE.ID.eq(experiment.getId())))
                .isEqualTo(goal.getId());
        var facts = $(DescriptionList.class)
                .withClassName("facts")
                .single()
                .getElement()
                .getTextRecursively();
        assertThat(facts).contains(text("field.explores-goal")).contains(goal.getTitle());
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_ties_an_experiment_to_a_programme_with_the_lazy_picker_and_both_pages_link_to_each_other() {
        var experiment = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("AI-notulist bij klantgesprekken"))
                .fetchSingle();
        var programme = db.selectFrom(INITIATIVE)
                .where(
                        INITIATIVE.TRACK.eq(Track.STRATEGIC),
                        INITIATIVE.STAGE.in(Stage.DISCOVERY, Stage.PILOT, Stage.SCALE, Stage.RUN))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle();
        navigate("experiments/" + experiment.getId(), ExperimentDetailView.class);
        test($(Button.class).id("edit-item")).click();

        @SuppressWarnings("unchecked")
        ComboBox<Option> picker = (ComboBox<Option>) $(ComboBox.class).id("initiative-programme");
        assertThat(picker.getLabel()).isEqualTo(text("field.explores-programme"));
        assertThat(picker.getDataProvider().isInMemory()).isFalse();
        picker.setValue(new Option(programme.getId(), programme.getTitle()));
        test($(Button.class).id("initiative-save")).click();

        assertThat(db.fetchValue(INITIATIVE.EXPLORES_PROGRAMME_ID, INITIATIVE.ID.eq(experiment.getId())))
                .isEqualTo(programme.getId());
        var link = $(Anchor.class)
                .from($(DescriptionList.Description.class).id("explores-programme"))
                .single();
        assertThat(link.getText()).isEqualTo(programme.getTitle());
        assertThat(link.getHref()).isEqualTo("programmes/" + programme.getId());

        navigate("programmes/" + programme.getId(), ProgrammeDetailView.class);
        var exploring = $(Div.class).id("exploring-experiments");
        assertThat(exploring.getElement().getTextRecursively()).contains(experiment.getTitle());
        assertThat($(Anchor.class).from(exploring).all())
                .extracting(Anchor::getHref)
                .contains("experiments/" + experiment.getId());
    }
}
