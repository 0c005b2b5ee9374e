package nl.tweespoor.roadmap.ui;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import nl.tweespoor.base.Track;
import nl.tweespoor.roadmap.ExperimentGrouping;
import nl.tweespoor.roadmap.RoadmapService;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Both lanes always show: a full experiments lane says to narrow the filter, the programmes keep their lane. */
@Transactional
class RoadmapViewTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_demo_roadmap_shows_both_lanes_without_a_hint() {
        navigate(RoadmapView.class);

        assertThat(lane("personal").getElement().getTextRecursively()).contains("Klantchatbot voor polisvragen");
        assertThat(lane("strategic").getElement().getTextRecursively()).contains("Schadereis opnieuw ontworpen met AI");
        assertThat($(Paragraph.class).withId("lane-personal-truncated").exists())
                .isFalse();
        assertThat($(Paragraph.class).withId("lane-strategic-truncated").exists())
                .isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    @SuppressWarnings("unchecked")
    void the_experiments_lane_can_be_grouped_by_the_goal_they_explore() {
        var experiment = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Klantchatbot voor polisvragen"))
                .fetchSingle();
        var goal = db.selectFrom(STRATEGIC_GOAL)
                .orderBy(STRATEGIC_GOAL.ID)
                .limit(1)
                .fetchSingle();
        db.update(INITIATIVE)
                .set(INITIATIVE.GOAL_ID, goal.getId())
                .where(INITIATIVE.ID.eq(experiment.getId()))
                .execute();
        navigate(RoadmapView.class);
        var groupsByDepartment = groups("personal");

        Select<ExperimentGrouping> grouping = $(Select.class).id("roadmap-experiments-by");
        assertThat(grouping.getLabel()).isEqualTo(text("roadmap.experiments-by"));
        grouping.setValue(ExperimentGrouping.GOAL);

        var groupsByGoal = groups("personal");
        assertThat(groupsByGoal).contains(goal.getTitle()).isNotEqualTo(groupsByDepartment);
        assertThat(groupsByDepartment).doesNotContain(goal.getTitle());
    }

    private java.util.List<String> groups(String laneName) {
        return $(Div.class, lane(laneName)).withClassName("roadmap-group").all().stream()
                .map(group -> group.getElement().getTextRecursively())
                .toList();
    }

    @Test
    @WithUserDetails("viewer")
    void many_experiments_fill_their_own_lane_with_a_hint_and_the_programmes_lane_keeps_its_programmes() {
        int extra = RoadmapService.MAX_PER_LANE + 7;
        var owner = db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("manager"))
                .fetchSingle()
                .value1();
        var department = db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq("HR"))
                .fetchSingle()
                .value1();
        var quarter = LocalDate.now().getYear() + "-Q1";
        for (int i = 0; i < extra; i++) {
            db.insertInto(INITIATIVE)
                    .set(INITIATIVE.TRACK, Track.PERSONAL)
                    .set(INITIATIVE.TITLE, "Extra " + i)
                    .set(INITIATIVE.LAYER, "PERSONAL_PRODUCTIVITY")
                    .set(INITIATIVE.STAGE, Stage.RUNNING)
                    .set(INITIATIVE.OWNER_ID, owner)
                    .set(INITIATIVE.DEPARTMENT_ID, department)
                    .set(INITIATIVE.START_QUARTER, quarter)
                    .set(INITIATIVE.END_QUARTER, quarter)
                    .execute();
        }

        navigate(RoadmapView.class);

        var experiments = lane("personal");
        assertThat($(Div.class, experiments).withClassName("roadmap-row").all()).hasSize(RoadmapService.MAX_PER_LANE);
        var hint = $(Paragraph.class).id("lane-personal-truncated");
        assertThat(hint.getText()).startsWith("Nog ").contains("verfijn het filter");
        assertThat($(H2.class, experiments).single().getText()).contains(RoadmapService.MAX_PER_LANE + " van ");
        assertThat(experiments.getElement().getAttribute("aria-labelledby")).isEqualTo("lane-personal-title");
        assertThat(lane("strategic").getElement().getTextRecursively()).contains("Schadereis opnieuw ontworpen met AI");
        assertThat($(Paragraph.class).withId("lane-strategic-truncated").exists())
                .isFalse();
    }

    private Div lane(String track) {
        return $(Div.class).id("lane-" + track);
    }
}
