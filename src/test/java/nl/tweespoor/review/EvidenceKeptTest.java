package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_ITEM_EVIDENCE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.status.Rag;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import nl.tweespoor.support.TestDatabase;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 15, evidence kept: closing a review keeps each agenda item's evidence as it stood, and the closed review's
 * page, board pack and the item's decision history read it, not today's data. Not @Transactional: closing commits, in
 * each test's own copy of the demo database.
 */
@FreshDatabaseForEachTest
@WithUserDetails("leader")
class EvidenceKeptTest extends DatabaseTest {

    private static final String CHANGED = "Alles anders na het sluiten";

    @Autowired
    ReviewService reviews;

    @Autowired
    AgendaService agenda;

    @Autowired
    DecisionService decisions;

    @Autowired
    ReviewClosing closing;

    @Autowired
    BoardPackService boardPacks;

    @Autowired
    DSLContext db;

    @Test
    void
            changing_an_items_status_budget_and_flags_after_closing_leaves_the_closed_review_and_its_board_pack_as_they_were()
                    throws IOException {
        long review = closeTheReviewInProgress();
        var item = agenda.page(review, AgendaFilter.ALL, 0, 1).getFirst().initiativeId();
        var rowsBefore = agenda.page(review, AgendaFilter.ALL, 0, 500);
        var evidenceBefore = agenda.evidence(review, item);
        var flaggedBefore = agenda.count(review, new AgendaFilter(null, nl.tweespoor.status.Flag.RED, null));
        var packBefore = text(review, Translations.DUTCH);
        var slidesBefore = slides(review);
        var historyBefore = decisions.evidenceAtClosing(item).get(review);

        // after the closing: a RED update (a new flag, a new last status) and the year's budget doubled
        db.insertInto(STATUS_UPDATE)
                .set(STATUS_UPDATE.INITIATIVE_ID, item)
                .set(STATUS_UPDATE.AUTHOR_ID, leaderId())
                .set(STATUS_UPDATE.RAG, Rag.RED)
                .set(STATUS_UPDATE.PROGRESS_PCT, 10)
                .set(STATUS_UPDATE.QUARTER, Quarter.of(LocalDate.now()).toString())
                .set(STATUS_UPDATE.SUMMARY, CHANGED)
                .execute();
        int changedLines = db.update(BUDGET_LINE)
                .set(BUDGET_LINE.PLANNED, BUDGET_LINE.PLANNED.mul(2).plus(1000))
                .set(BUDGET_LINE.ACTUAL, BUDGET_LINE.ACTUAL.plus(BigDecimal.valueOf(5000)))
                .set(BUDGET_LINE.VERSION, BUDGET_LINE.VERSION.plus(1))
                .where(BUDGET_LINE.INITIATIVE_ID.eq(item))
                .execute();
        assertThat(changedLines).as("the item had budget lines to change").isPositive();

        assertThat(agenda.page(review, AgendaFilter.ALL, 0, 500)).isEqualTo(rowsBefore);
        var evidenceAfter = agenda.evidence(review, item);
        assertThat(evidenceAfter).isEqualTo(evidenceBefore);
        assertThat(evidenceAfter.evidence()).isEqualTo(AgendaItem.Evidence.KEPT);
        assertThat(evidenceAfter.lastSummary()).isNotEqualTo(CHANGED);
        assertThat(agenda.count(review, new AgendaFilter(null, nl.tweespoor.status.Flag.RED, null)))
                .isEqualTo(flaggedBefore);
        assertThat(text(review, Translations.DUTCH)).isEqualTo(packBefore).doesNotContain(CHANGED);
        // the charts' titles, labels and values are text in the pack, so they are compared too, as are the slides
        assertThat(packBefore)
                .contains("Budget per spoor tegenover de envelop")
                .contains("Laatste status van de besproken items")
                .contains("Gepland")
                .contains("Envelop");
        assertThat(slides(review)).isEqualTo(slidesBefore).doesNotContain(CHANGED);
        assertThat(decisions.evidenceAtClosing(item).get(review)).isEqualTo(historyBefore);
        assertThat(packBefore).contains("zoals het was toen de review sloot op");
    }

    @Test
    void the_app_cannot_change_or_remove_the_kept_evidence_and_even_the_owner_is_refused_by_the_database() {
        long review = closeTheReviewInProgress();
        assertThat(db.fetchCount(REVIEW_ITEM_EVIDENCE, REVIEW_ITEM_EVIDENCE.REVIEW_ID.eq(review)))
                .isEqualTo(reviews.review(review).decisions());

        assertThatThrownBy(() -> db.update(REVIEW_ITEM_EVIDENCE)
                        .set(REVIEW_ITEM_EVIDENCE.POSITION, 0)
                        .where(REVIEW_ITEM_EVIDENCE.REVIEW_ID.eq(review))
                        .execute())
                .isInstanceOf(RuntimeException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.deleteFrom(REVIEW_ITEM_EVIDENCE)
                        .where(REVIEW_ITEM_EVIDENCE.REVIEW_ID.eq(review))
                        .execute())
                .isInstanceOf(RuntimeException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.execute("delete from review_pack_evidence where review_id = " + review))
                .isInstanceOf(RuntimeException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        // adding to a closed review's evidence, allowed by the grants, is refused by the trigger
        assertThatThrownBy(() -> db.execute("insert into review_item_evidence (review_id, initiative_id, position, "
                        + "evidence) select " + review + ", min(id), 0, '{}'::jsonb from initiative"))
                .isInstanceOf(RuntimeException.class)
                .rootCause()
                .hasMessageContaining("being closed");
        assertThatThrownBy(() -> TestDatabase.asOwner(
                        "update review_item_evidence set position = 0 where review_id = " + review))
                .rootCause()
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> TestDatabase.asOwner("truncate review_item_evidence"))
                .rootCause()
                .hasMessageContaining("cannot be truncated");
    }

    @Test
    void a_review_closed_before_evidence_was_kept_says_so_and_shows_its_decisions_without_todays_evidence()
            throws IOException {
        long old = db.select(DSL.min(REVIEW.ID))
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("CLOSED"))
                .fetchSingle()
                .value1();
        assertThat(agenda.source(old)).isEqualTo(AgendaItem.Evidence.NOT_KEPT);
        var item = agenda.page(old, AgendaFilter.ALL, 0, 1).getFirst().initiativeId();

        var shown = agenda.evidence(old, item);

        assertThat(shown.evidence()).isEqualTo(AgendaItem.Evidence.NOT_KEPT);
        assertThat(shown.decision()).isNotNull();
        assertThat(shown.lastSummary()).isNull();
        assertThat(shown.ragTrend()).isEmpty();
        assertThat(text(old, Locale.ENGLISH))
                .contains("Evidence was not kept for reviews closed before")
                .doesNotContain("Ambition mirror");
    }

    @Test
    void a_review_closed_before_evidence_was_kept_is_ordered_and_filtered_without_todays_flags() {
        long old = db.select(DSL.min(REVIEW.ID))
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("CLOSED"))
                .fetchSingle()
                .value1();
        // today's flags exist (the demo's stale and over-budget items), but not for this review's agenda
        var rows = agenda.page(old, AgendaFilter.ALL, 0, 1000);

        assertThat(rows).isNotEmpty().noneMatch(AgendaRow::flagged);
        assertThat(rows)
                .extracting(row -> row.track().name() + "|" + row.title())
                .as("by track and title, as no flag is known")
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        for (var flag : nl.tweespoor.status.Flag.values()) {
            assertThat(agenda.count(old, new AgendaFilter(null, flag, null)))
                    .as(flag.name())
                    .isZero();
        }
        assertThat(agenda.row(old, rows.getFirst().initiativeId()))
                .hasValueSatisfying(row -> assertThat(row.flagged()).isFalse());
    }

    private long closeTheReviewInProgress() {
        long review = db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle()
                .value1();
        for (var item : reviews.agenda(review)) {
            if (item.decision() == null) {
                decisions.decide(
                        review, item.initiativeId(), new DecisionDraft(Decision.CONTINUE, "Door", null, null), 0);
            }
        }
        closing.close(review);
        return review;
    }

    private long leaderId() {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("leader"))
                .fetchSingle()
                .value1();
    }

    /** Each slide's text and each chart's numbers, in order, as PowerPoint would show them. */
    private String slides(long review) throws IOException {
        var text = new StringBuilder();
        try (var show = new XMLSlideShow(new ByteArrayInputStream(boardPacks.pptx(review, Translations.DUTCH)))) {
            for (var slide : show.getSlides()) {
                slide.getShapes().stream()
                        .filter(XSLFTextShape.class::isInstance)
                        .forEach(shape ->
                                text.append(((XSLFTextShape) shape).getText()).append('\n'));
            }
            for (var chart : show.getCharts()) {
                for (var data : chart.getChartSeries()) {
                    for (int s = 0; s < data.getSeriesCount(); s++) {
                        var values = data.getSeries(s).getValuesData();
                        for (int i = 0; i < values.getPointCount(); i++) {
                            text.append(values.getPointAt(i)).append(' ');
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    private String text(long review, Locale locale) throws IOException {
        var reader = new PdfReader(boardPacks.pdf(review, locale));
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }
}
