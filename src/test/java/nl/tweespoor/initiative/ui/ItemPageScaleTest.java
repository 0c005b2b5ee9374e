package nl.tweespoor.initiative.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_COMMENT;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.tweespoor.base.SqlStatements;
import nl.tweespoor.base.Track;
import nl.tweespoor.comment.CommentService;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.initiative.ExploringExperiments;
import nl.tweespoor.status.StatusService;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.GrownPortfolio;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's page costs what is on screen, not what the portfolio holds: the same statements with hundreds of items
 * more, its fragmentation groups capped, its status updates and comments ten at a time with "show more".
 */
@Transactional
class ItemPageScaleTest extends BrowserlessUiTest {

    private static final String CHATBOT = "Klantchatbot voor polisvragen";

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void an_item_page_runs_the_same_statements_on_a_grown_portfolio_with_a_long_history() {
        long id = idOf(CHATBOT);
        open(id);
        long withDemoData = SqlStatements.countIn(() -> open(id));

        GrownPortfolio.grow(db, 600);
        GrownPortfolio.longHistory(db, id, 40);
        long grown = SqlStatements.countIn(() -> open(id));

        assertThat(grown).isEqualTo(withDemoData);
        assertThat(entries("status-timeline", "timeline-entry")).isEqualTo(StatusService.HISTORY_PAGE);
        assertThat(entries("comment-list", "comment")).isEqualTo(CommentService.PAGE);
        var fragmentation = $(Div.class).id("item-fragmentation");
        assertThat($(com.vaadin.flow.component.html.Anchor.class, fragmentation).all())
                .as("other items listed per group, and the link to the radar")
                .hasSizeLessThanOrEqualTo(2 * FragmentationService.ITEMS_SHOWN + 1);
        assertThat($(Span.class, fragmentation)
                        .withClassName("fragmentation-more-items")
                        .all())
                .isNotEmpty()
                .allSatisfy(more -> assertThat(more.getText().trim()).startsWith("en nog "));
    }

    @Test
    @WithUserDetails("leader")
    void a_programme_page_runs_the_same_statements_however_many_experiments_explore_it_and_lists_ten() {
        long programme = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.STRATEGIC))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
        tieExperiments(programme, 1);
        navigate("programmes/" + programme, ProgrammeDetailView.class);
        long withOne = SqlStatements.countIn(() -> navigate("programmes/" + programme, ProgrammeDetailView.class));

        GrownPortfolio.grow(db, 600);
        int tied = tieExperiments(programme, 40);
        long grown = SqlStatements.countIn(() -> navigate("programmes/" + programme, ProgrammeDetailView.class));

        assertThat(grown).isEqualTo(withOne);
        var exploring = $(Div.class).id("exploring-experiments");
        assertThat($(com.vaadin.flow.component.html.ListItem.class, exploring).all())
                .hasSize(ExploringExperiments.SHOWN);
        assertThat(exploring.getElement().getTextRecursively())
                .contains(text("programme.exploring", tied))
                .contains(text("programme.exploring-more", tied - ExploringExperiments.SHOWN));
    }

    /** Ties the first {@code count} experiments to the programme; returns how many explore it now. */
    private int tieExperiments(long programme, int count) {
        var first = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .orderBy(INITIATIVE.ID)
                .limit(count);
        db.update(INITIATIVE)
                .set(INITIATIVE.EXPLORES_PROGRAMME_ID, programme)
                .where(INITIATIVE.ID.in(first))
                .execute();
        return db.fetchCount(INITIATIVE, INITIATIVE.EXPLORES_PROGRAMME_ID.eq(programme));
    }

    @Test
    @WithUserDetails("viewer")
    void status_updates_show_the_newest_ten_and_older_ones_on_request() {
        long id = idOf(CHATBOT);
        GrownPortfolio.longHistory(db, id, 25);
        int total = db.fetchCount(STATUS_UPDATE, STATUS_UPDATE.INITIATIVE_ID.eq(id));
        open(id);

        assertThat(entries("status-timeline", "timeline-entry")).isEqualTo(10);
        var more = $(Button.class).id("status-more");
        assertThat(more.isVisible()).isTrue();
        assertThat(more.getText()).isEqualTo(text("status.more"));
        test(more).click();
        assertThat(entries("status-timeline", "timeline-entry")).isEqualTo(20);
        while (more.isVisible()) {
            test(more).click();
        }
        assertThat(entries("status-timeline", "timeline-entry")).isEqualTo(total);
    }

    @Test
    @WithUserDetails("leader")
    void comments_show_the_newest_ten_and_older_ones_on_request_and_a_new_one_comes_first() {
        long id = idOf(CHATBOT);
        GrownPortfolio.longHistory(db, id, 15);
        int total = db.fetchCount(ITEM_COMMENT, ITEM_COMMENT.INITIATIVE_ID.eq(id));
        open(id);

        assertThat(entries("comment-list", "comment")).isEqualTo(10);
        var more = $(Button.class).id("comment-more");
        test(more).click();
        assertThat(entries("comment-list", "comment")).isEqualTo(Math.min(20, total));
        assertThat(more.isVisible()).isEqualTo(total > 20);

        test($(com.vaadin.flow.component.textfield.TextArea.class).id("comment-new"))
                .setValue("Nieuwste");
        test($(Button.class).id("comment-post")).click();

        var first = $(Div.class, $(Div.class).id("comment-list"))
                .withClassName("comment")
                .first();
        assertThat(first.getElement().getTextRecursively()).contains("Nieuwste");
        assertThat(entries("comment-list", "comment"))
                .as("as many as were shown, and the new one")
                .isEqualTo(Math.min(20, total + 1));
    }

    private void open(long id) {
        navigate("experiments/" + id, ExperimentDetailView.class);
    }

    private int entries(String listId, String className) {
        return $(Div.class, $(Div.class).id(listId))
                .withClassName(className)
                .all()
                .size();
    }

    private long idOf(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }
}
