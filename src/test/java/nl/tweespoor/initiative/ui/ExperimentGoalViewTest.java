package nl.tweespoor.initiative.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import nl.tweespoor.base.Option;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 13: the experiment form offers the strategic goals, and the page says which one the experiment explores. */
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
        // The goal choices are labelled with more than the title (the horizon), so pick it by its id.
        var choice = picker.getListDataView()
                .getItems()
                .filter(option -> option.id() == goal.getId())
                .findFirst()
                .orElseThrow();
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
}
