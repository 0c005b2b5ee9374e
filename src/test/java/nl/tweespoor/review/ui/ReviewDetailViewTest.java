package nl.tweespoor.review.ui;

import static nl.tweespoor.db.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tweespoor.review.AgendaFilter;
import nl.tweespoor.review.AgendaService;
import nl.tweespoor.review.Decision;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The meeting page without a browser: lazy agenda, evidence beside it, one row refreshed per decision, bulk. */
@FreshDatabaseForEachTest
class ReviewDetailViewTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Autowired
    AgendaService agenda;

    @Test
    @WithUserDetails("leader")
    void a_leader_chooses_an_item_sees_its_evidence_and_records_a_decision_in_that_row() {
        long review = openReview();
        navigate("reviews/" + review, ReviewDetailView.class);
        var grid = test(agendaGrid());
        assertThat(grid.size()).isEqualTo(agenda.count(review, AgendaFilter.ALL));
        assertThat(grid.getRow(0).flagged()).isTrue();
        assertThat($(Paragraph.class, $(EvidencePanel.class).single()).single().getText())
                .isEqualTo(text("review.choose-item"));
        var all = agenda.page(review, AgendaFilter.ALL, 0, grid.size());
        int row = all.indexOf(
                all.stream().filter(r -> r.decision() == null).findFirst().orElseThrow());
        var chosen = grid.getRow(row);

        grid.select(row);
        assertThat($(H3.class).id("evidence-title").getElement().getTextRecursively())
                .isEqualTo(chosen.title());
        test($(RadioButtonGroup.class).id("decision")).selectItem(text("decision.CONTINUE"));
        test($(TextArea.class).id("reason")).setValue("Op koers.");
        test($(Button.class).id("record-decision")).click();

        assertThat(grid.getRow(row).decision()).isEqualTo(Decision.CONTINUE);
        assertThat(grid.getCellText(row, 4)).isEqualTo(text("decision.CONTINUE"));
        var progress = agenda.progress(review);
        assertThat($(Paragraph.class).id("review-progress").getText())
                .isEqualTo(text("review.progress", progress.decided(), progress.items()));
    }

    @Test
    @WithUserDetails("leader")
    void the_decided_filter_narrows_the_agenda_in_the_database() {
        long review = openReview();
        navigate("reviews/" + review, ReviewDetailView.class);
        test($(ComboBox.class).id("agenda-decided")).selectItem(text("review.decided-yes"));
        var grid = test(agendaGrid());
        assertThat(grid.size()).isEqualTo(agenda.progress(review).decided()).isPositive();
        assertThat(grid.getRow(0).decision()).isNotNull();
    }

    @Test
    @WithUserDetails("leader")
    void continuing_the_unflagged_says_how_many_and_decides_each_of_them() {
        long review = openReview();
        navigate("reviews/" + review, ReviewDetailView.class);
        int count = agenda.countContinuable(review);
        int decidedBefore = agenda.progress(review).decided();

        test($(Button.class).id("bulk-continue")).click();
        assertThat($(Paragraph.class).id("bulk-text").getText()).isEqualTo(text("review.bulk-text", count));
        test($(TextArea.class).id("bulk-reason")).setValue("Geen signalen, op koers.");
        test($(Button.class).id("bulk-confirm")).click();

        assertThat(agenda.progress(review).decided()).isEqualTo(decidedBefore + count);
        assertThat(agenda.countContinuable(review)).isZero();
        assertThat($(Paragraph.class).id("review-progress").getText())
                .startsWith(String.valueOf(decidedBefore + count));
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_evidence_without_a_form_or_meeting_buttons() {
        navigate("reviews/" + openReview(), ReviewDetailView.class);
        test(agendaGrid()).select(0);
        assertThat($(H3.class).withId("evidence-title").exists()).isTrue();
        assertThat($(Button.class).withId("record-decision").exists()).isFalse();
        assertThat($(Button.class).withId("bulk-continue").exists()).isFalse();
        assertThat($(Button.class).withId("review-close").exists()).isFalse();
    }

    private AgendaGrid agendaGrid() {
        return $(AgendaGrid.class).single();
    }

    private long openReview() {
        return db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle()
                .value1();
    }
}
