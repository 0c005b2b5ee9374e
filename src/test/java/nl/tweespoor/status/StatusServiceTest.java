package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SinceTheStory;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class StatusServiceTest extends DatabaseTest {

    @Autowired
    StatusService statuses;

    @Autowired
    FlagService flags;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("manager")
    void the_owner_posts_an_update_whose_spend_becomes_the_quarters_actual() {
        long id = id("Klantchatbot voor polisvragen");
        var seen = statuses.quarterSpend(id);
        statuses.post(
                id,
                new StatusDraft(
                        Rag.RED,
                        70,
                        new BigDecimal("1234.50"),
                        "Vastgelopen",
                        "Leverancier",
                        "Escaleren",
                        seen.version()));

        var line = db.selectFrom(BUDGET_LINE)
                .where(
                        BUDGET_LINE.INITIATIVE_ID.eq(id),
                        BUDGET_LINE.QUARTER.eq(Quarter.of(LocalDate.now()).toString()))
                .fetchSingle();
        assertThat(line.getActual()).isEqualByComparingTo("1234.50");
        assertThat(statuses.history(id).get(0).summary()).isEqualTo("Vastgelopen");
        assertThat(flags.signals(java.util.List.of(id)).get(id).lastRag()).isEqualTo(Rag.RED);
        assertThat(flags.signals(java.util.List.of(id)).get(id).flags()).contains(Flag.RED);
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .KIND
                                .eq("STATUS_POSTED")
                                .and(AUDIT_EVENT.INITIATIVE_ID.eq(id))
                                .and(SinceTheStory.auditEvents())))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_post_on_someone_elses_item() {
        assertThatThrownBy(() -> statuses.post(
                        id("Vertalen van klantcontact"),
                        new StatusDraft(Rag.GREEN, 10, BigDecimal.ZERO, "Hallo", null, null, null)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_post() {
        assertThatThrownBy(() -> statuses.post(
                        id("Klantchatbot voor polisvragen"),
                        new StatusDraft(Rag.GREEN, 10, BigDecimal.ZERO, "Hallo", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void an_update_needs_a_rag_a_progress_within_bounds_and_a_summary() {
        long id = id("Klantchatbot voor polisvragen");
        assertThatThrownBy(() -> statuses.post(id, new StatusDraft(null, 10, null, "x", null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> statuses.post(id, new StatusDraft(Rag.GREEN, 101, null, "x", null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> statuses.post(id, new StatusDraft(Rag.GREEN, 50, null, " ", null, null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("manager")
    void an_update_with_an_empty_spend_keeps_the_quarters_actual_and_stores_no_spend() {
        long id = id("Klantchatbot voor polisvragen");
        var seen = statuses.quarterSpend(id);
        statuses.post(id, new StatusDraft(Rag.GREEN, 40, new BigDecimal("800"), "Eerste", null, null, seen.version()));
        var line = currentLine(id);
        int lineEvents = db.fetchCount(
                AUDIT_EVENT, AUDIT_EVENT.KIND.eq("BUDGET_LINE_SAVED").and(AUDIT_EVENT.ENTITY_ID.eq(line.getId())));

        statuses.post(id, new StatusDraft(Rag.GREEN, 50, null, "Zonder bedrag", null, null, null));

        var after = currentLine(id);
        assertThat(after.getActual()).isEqualByComparingTo("800");
        assertThat(after.getVersion()).isEqualTo(line.getVersion());
        assertThat(statuses.history(id).get(0).summary()).isEqualTo("Zonder bedrag");
        assertThat(statuses.history(id).get(0).spend()).isNull();
        assertThat(statuses.quarterSpend(id).actual()).isEqualByComparingTo("800");
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT.KIND.eq("BUDGET_LINE_SAVED").and(AUDIT_EVENT.ENTITY_ID.eq(line.getId()))))
                .isEqualTo(lineEvents);
    }

    @Test
    @WithUserDetails("manager")
    void a_spend_against_a_budget_line_changed_since_is_refused_and_the_newer_actual_stays() {
        long id = id("Klantchatbot voor polisvragen");
        var seen = statuses.quarterSpend(id);
        // Another tab sets the actual meanwhile.
        statuses.post(
                id, new StatusDraft(Rag.GREEN, 40, new BigDecimal("975"), "Ander tabblad", null, null, seen.version()));
        int updates = statuses.history(id).size();

        assertThatThrownBy(() -> statuses.post(
                        id,
                        new StatusDraft(Rag.AMBER, 45, new BigDecimal("10"), "Verouderd", null, null, seen.version())))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(currentLine(id).getActual()).isEqualByComparingTo("975");
        assertThat(statuses.history(id)).hasSize(updates);
    }

    @Test
    @WithUserDetails("manager")
    void a_first_spend_of_the_quarter_is_refused_when_someone_else_created_the_line_meanwhile() {
        long id = id("Klantchatbot voor polisvragen");
        db.deleteFrom(BUDGET_LINE)
                .where(
                        BUDGET_LINE.INITIATIVE_ID.eq(id),
                        BUDGET_LINE.QUARTER.eq(Quarter.of(LocalDate.now()).toString()))
                .execute();
        assertThat(statuses.quarterSpend(id).version()).isNull();
        statuses.post(id, new StatusDraft(Rag.GREEN, 40, new BigDecimal("300"), "Eerste", null, null, null));

        assertThatThrownBy(() -> statuses.post(
                        id, new StatusDraft(Rag.GREEN, 41, new BigDecimal("5"), "Tweede", null, null, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(currentLine(id).getActual()).isEqualByComparingTo("300");
        assertThat(currentLine(id).getPlanned()).isEqualByComparingTo("0");
    }

    @Test
    @WithUserDetails("leader")
    void the_demos_stale_item_is_flagged_stale() {
        long stale = id("AI-prognoses voor kasstromen");
        assertThat(flags.signals(java.util.List.of(stale)).get(stale).flags()).contains(Flag.STALE);
        long gap = id("Fraudedetectie bij schademeldingen");
        assertThat(flags.signals(java.util.List.of(gap)).get(gap).flags()).contains(Flag.PRINCIPLE_GAP);
    }

    private nl.tweespoor.db.tables.records.BudgetLineRecord currentLine(long id) {
        return db.selectFrom(BUDGET_LINE)
                .where(
                        BUDGET_LINE.INITIATIVE_ID.eq(id),
                        BUDGET_LINE.QUARTER.eq(Quarter.of(LocalDate.now()).toString()))
                .fetchSingle();
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }
}
