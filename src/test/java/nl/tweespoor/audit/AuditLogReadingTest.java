package nl.tweespoor.audit;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class AuditLogReadingTest extends DatabaseTest {

    @Autowired
    AuditService audit;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void an_edit_shows_up_newest_first_filterable_and_with_its_before_and_after() {
        long id = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Klantchatbot voor polisvragen"))
                .fetchSingle()
                .value1();
        var item = initiatives.details(id);
        var draft = item.draft();
        initiatives.update(
                id,
                item.version(),
                new nl.tweespoor.initiative.InitiativeDraft(
                        "Klantchatbot 2.0",
                        draft.description(),
                        draft.hypothesis(),
                        draft.layer(),
                        draft.ambition(),
                        draft.departmentId(),
                        draft.goalId(),
                        draft.sponsor(),
                        draft.leadName(),
                        draft.participants(),
                        draft.toolVendor(),
                        draft.useCaseCategory(),
                        draft.journeyId(),
                        draft.exploresProgrammeId(),
                        draft.startQuarter(),
                        draft.endQuarter(),
                        draft.costEstimate(),
                        draft.hoursSavedPerWeek(),
                        draft.adoptionPct(),
                        draft.satisfaction(),
                        draft.learnings()));

        // The audit log's days are the organisation's (Amsterdam), not the test machine's.
        var today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        long leader = db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("leader"))
                .fetchSingle()
                .value1();
        var filter = new AuditFilter(leader, id, "INITIATIVE_UPDATED", today, today);
        var rows = audit.page(filter, null, 0, 10);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).itemTitle()).isEqualTo("Klantchatbot 2.0");
        assertThat(audit.count(filter)).isEqualTo(new AuditCount(1, false));
        var title = audit.changes(rows.get(0).id()).stream()
                .filter(c -> c.field().equals("title"))
                .findFirst()
                .orElseThrow();
        assertThat(title.before()).isEqualTo("Klantchatbot voor polisvragen");
        assertThat(title.after()).isEqualTo("Klantchatbot 2.0");
        assertThat(title.changed()).isTrue();
        assertThat(audit.page(AuditFilter.none(), null, 0, 1).get(0).id())
                .isEqualTo(db.select(AUDIT_EVENT.ID)
                        .from(AUDIT_EVENT)
                        .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                        .limit(1)
                        .fetchSingle()
                        .value1());
    }

    @Test
    @WithUserDetails("leader")
    void a_date_range_before_any_event_finds_nothing() {
        var longAgo = LocalDate.of(2001, 1, 1);
        assertThat(audit.count(new AuditFilter(null, null, null, longAgo, longAgo)))
                .isEqualTo(new AuditCount(0, false));
    }

    @Test
    @WithUserDetails("manager")
    void programme_managers_do_not_read_the_audit_log() {
        assertThatThrownBy(() -> audit.count(new AuditFilter(null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
