package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.Changes;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.SqlStatements;
import nl.tweespoor.base.Track;
import nl.tweespoor.status.Flag;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The agenda in SQL: paging, filters, flagged first, an old review's own decisions, statements per page view. */
@Transactional
class ReviewAgendaTest extends DatabaseTest {

    @Autowired
    AgendaService agenda;

    @Autowired
    ReviewService reviews;

    @Autowired
    DecisionService decisions;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_agenda_pages_flagged_items_first_and_filters_by_track_flag_and_decision() {
        long review = openReview();
        LargeAgenda.addItems(db, "Groot", 600);
        int total = agenda.count(review, AgendaFilter.ALL);
        var all = agenda.page(review, AgendaFilter.ALL, 0, total);
        assertThat(all).hasSize(total).hasSizeGreaterThan(600);
        int firstUnflagged =
                all.indexOf(all.stream().filter(r -> !r.flagged()).findFirst().orElseThrow());
        assertThat(all.subList(0, firstUnflagged)).isNotEmpty().allMatch(AgendaRow::flagged);
        assertThat(all.subList(firstUnflagged, total)).noneMatch(AgendaRow::flagged);
        assertThat(agenda.page(review, AgendaFilter.ALL, 100, 50)).containsExactlyElementsOf(all.subList(100, 150));

        var red = new AgendaFilter(null, Flag.RED, null);
        assertThat(agenda.page(review, red, 0, total))
                .hasSize(agenda.count(review, red))
                .containsExactlyElementsOf(all.stream()
                        .filter(r -> r.signals().flags().contains(Flag.RED))
                        .toList());
        var experiments = new AgendaFilter(Track.PERSONAL, null, null);
        assertThat(agenda.page(review, experiments, 0, total))
                .hasSize(agenda.count(review, experiments))
                .containsExactlyElementsOf(
                        all.stream().filter(r -> r.track() == Track.PERSONAL).toList());
        var decided = new AgendaFilter(null, null, true);
        var undecided = new AgendaFilter(null, null, false);
        assertThat(agenda.page(review, decided, 0, total))
                .allMatch(r -> r.decision() != null)
                .hasSize(agenda.progress(review).decided());
        assertThat(agenda.count(review, decided) + agenda.count(review, undecided))
                .isEqualTo(total);
    }

    @Test
    @WithUserDetails("leader")
    void a_saved_decision_shows_in_its_row_the_progress_and_the_decided_filter() {
        long review = openReview();
        var undecided = new AgendaFilter(null, null, false);
        var before = agenda.progress(review);
        var row = agenda.page(review, undecided, 0, 1).get(0);

        decisions.decide(
                review, row.initiativeId(), new DecisionDraft(Decision.ADJUST, "Bijsturen", "Eerst meten", null), 0);

        assertThat(agenda.row(review, row.initiativeId()))
                .get()
                .extracting(AgendaRow::decision)
                .isEqualTo(Decision.ADJUST);
        assertThat(agenda.progress(review).decided()).isEqualTo(before.decided() + 1);
        assertThat(agenda.page(review, undecided, 0, 500))
                .extracting(AgendaRow::initiativeId)
                .doesNotContain(row.initiativeId());
        var evidence = agenda.evidence(review, row.initiativeId());
        assertThat(evidence.decision().conditions()).isEqualTo("Eerst meten");
    }

    /**
     * The bug this replaces: decisions were read for the agenda's items across all reviews, newest quarter first,
     * capped at 10,000 rows, and matched in Java, so an old review whose items later reviews decided 12,000 times
     * showed its own decisions as missing.
     */
    @Test
    @WithUserDetails("viewer")
    void an_old_review_shows_its_own_decisions_however_many_decisions_later_reviews_took() {
        LargeAgenda.addItems(db, "Oud", 300);
        db.execute("insert into review (quarter, status) values ('2001-Q1', 'PLANNED')");
        db.execute("insert into review (quarter, status) select (2101 + g / 4)::text || '-Q' || (g % 4 + 1), "
                + "'PLANNED' from generate_series(0, 39) g");
        db.execute("""
                insert into review_decision (review_id, initiative_id, decision, reason, decided_by)
                select r.id, i.id, case when r.quarter = '2001-Q1' then 'ADJUST' else 'CONTINUE' end,
                       'Besluit van ' || r.quarter, (select id from app_user where username = 'leader')
                  from review r cross join initiative i
                 where (r.quarter = '2001-Q1' or r.quarter > '2100') and i.title like 'Oud %'""");
        db.execute("update review set status = 'CLOSED', opened_at = now(), closed_at = now() "
                + "where quarter = '2001-Q1'");
        long old = db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.QUARTER.eq("2001-Q1"))
                .fetchSingle()
                .value1();

        assertThat(agenda.count(old, AgendaFilter.ALL)).isEqualTo(300);
        assertThat(agenda.count(old, new AgendaFilter(null, null, false))).isZero();
        assertThat(agenda.progress(old)).isEqualTo(new AgendaProgress(300, 300));
        assertThat(agenda.page(old, AgendaFilter.ALL, 250, 50))
                .hasSize(50)
                .allMatch(r -> r.decision() == Decision.ADJUST);
        assertThat(reviews.agenda(old))
                .hasSize(300)
                .allSatisfy(item -> assertThat(item.decision().reason()).isEqualTo("Besluit van 2001-Q1"));
        long item = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Oud 00001"))
                .fetchSingle()
                .value1();
        var evidence = agenda.evidence(old, item);
        assertThat(evidence.decision().decision()).isEqualTo(Decision.ADJUST);
        assertThat(evidence.previousDecisions()).hasSize(40);
        assertThat(reviews.review(old).decisions()).isEqualTo(300);
    }

    @Test
    @WithUserDetails("leader")
    void the_review_page_runs_as_many_statements_with_thousands_more_items_as_on_the_demo() {
        long review = openReview();
        var demo = pageViewAndDecision(review);

        LargeAgenda.addItems(db, "Extra", 3000);
        var large = pageViewAndDecision(review);

        assertThat(large).isEqualTo(demo);
        assertThat(demo).allMatch(statements -> statements < 30);
    }

    @Test
    @WithUserDetails("leader")
    void the_bulk_decision_refuses_a_number_that_is_no_longer_true_and_a_closed_review() {
        long review = openReview();
        int count = agenda.countContinuable(review);
        assertThat(count).isPositive();
        assertThatThrownBy(() -> agenda.continueUnflagged(review, "Op koers", count + 1))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("review.bulk-changed");
        assertThatThrownBy(() -> agenda.continueUnflagged(review, " ", count))
                .hasMessageContaining("review.reason-required");
        long closed = db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("CLOSED"))
                .limit(1)
                .fetchSingle()
                .value1();
        assertThatThrownBy(() -> agenda.continueUnflagged(closed, "Op koers", 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("review.not-open");
        assertThat(agenda.countContinuable(closed)).isZero();
        assertThat(agenda.countContinuable(review)).isEqualTo(count);
    }

    @Test
    @WithUserDetails("manager")
    void only_leaders_continue_in_bulk() {
        long review = openReview();
        assertThatThrownBy(() -> agenda.continueUnflagged(review, "Op koers", agenda.countContinuable(review)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Statements per call of what the page asks when it opens, then of one decision's round trip. */
    private List<Long> pageViewAndDecision(long review) {
        // As a new request would: FlagService builds its flags once per request and change, and the rows this test
        // inserted went in behind the application's back.
        Changes.recorded();
        var counts = new ArrayList<Long>();
        counts.add(SqlStatements.countIn(() -> reviews.review(review)));
        counts.add(SqlStatements.countIn(() -> reviews.mayDecide()));
        counts.add(SqlStatements.countIn(() -> agenda.progress(review)));
        counts.add(SqlStatements.countIn(() -> agenda.count(review, AgendaFilter.ALL)));
        var rows = SqlStatements.count(() -> agenda.page(review, AgendaFilter.ALL, 0, 50));
        counts.add(rows.statements());
        var undecided =
                agenda.page(review, new AgendaFilter(null, null, false), 0, 1).get(0);
        counts.add(SqlStatements.countIn(
                () -> agenda.evidence(review, rows.result().get(0).initiativeId())));
        counts.add(SqlStatements.countIn(() -> agenda.countContinuable(review)));
        counts.add(SqlStatements.countIn(() -> decisions.decide(
                review, undecided.initiativeId(), new DecisionDraft(Decision.CONTINUE, "Op koers", null, null), 0)));
        counts.add(SqlStatements.countIn(() -> agenda.row(review, undecided.initiativeId())));
        counts.add(SqlStatements.countIn(() -> agenda.evidence(review, undecided.initiativeId())));
        return counts;
    }

    private long openReview() {
        return db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle()
                .value1();
    }
}
