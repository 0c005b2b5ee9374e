package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §3: a leader assesses any item, a programme manager only their own; every assessment has a reason. */
@Transactional
class AssessmentServiceTest extends DatabaseTest {

    // Demo: "Slimme routering" is owned by manager, "Proactieve klantenservice" by manager2 and is unassessed.
    private static final String MANAGERS_PROGRAMME = "Slimme routering van klantvragen";
    private static final String MANAGER2S_UNASSESSED_PROGRAMME = "Proactieve klantenservice";

    @Autowired
    AssessmentService service;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("manager2")
    void the_owner_assesses_and_the_checklist_shows_what_is_still_unassessed() {
        long item = id(MANAGER2S_UNASSESSED_PROGRAMME);
        assertThat(service.checklist(item).unassessed()).isEqualTo(7);
        int auditedBefore = assessmentEvents(item);

        service.assess(item, principle("DATA-1"), null, AssessmentResult.MEETS, null);
        service.assess(item, principle("HUM-1"), null, AssessmentResult.GAP, "Nog geen menselijke controle.");

        var checklist = service.checklist(item);
        assertThat(checklist.unassessed()).isEqualTo(5);
        assertThat(checklist.gaps()).isEqualTo(1);
        assertThat(checklist.lines())
                .filteredOn(line -> line.principle().code().equals("HUM-1"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.note()).isEqualTo("Nog geen menselijke controle.");
                    assertThat(line.assessedBy()).isNotBlank();
                });
        assertThat(assessmentEvents(item)).isEqualTo(auditedBefore + 2);
    }

    private int assessmentEvents(long item) {
        return db.fetchCount(
                AUDIT_EVENT, AUDIT_EVENT.KIND.eq("PRINCIPLE_ASSESSED"), AUDIT_EVENT.INITIATIVE_ID.eq(item));
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_assess_someone_elses_item() {
        long item = id(MANAGER2S_UNASSESSED_PROGRAMME);

        assertThatThrownBy(() -> service.assess(item, principle("DATA-1"), null, AssessmentResult.MEETS, null))
                .isInstanceOf(NotPermittedException.class);
        assertThat(service.mayAssess(ownerOf(item))).isFalse();
        assertThat(service.mayAssess(ownerOf(id(MANAGERS_PROGRAMME)))).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_assess() {
        long item = id(MANAGER2S_UNASSESSED_PROGRAMME);

        assertThatThrownBy(() -> service.assess(item, principle("DATA-1"), null, AssessmentResult.MEETS, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void a_gap_or_not_applicable_needs_a_note() {
        long item = id(MANAGER2S_UNASSESSED_PROGRAMME);

        assertThatThrownBy(() -> service.assess(item, principle("DATA-1"), null, AssessmentResult.GAP, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assessment.note-required"));
        assertThatThrownBy(() -> service.assess(item, principle("DATA-1"), null, null, "x"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assessment.result-required"));
        assertThat(service.checklist(item).unassessed()).isEqualTo(7);
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_changes_an_assessment_and_a_stale_version_is_a_conflict() {
        long item = id(MANAGERS_PROGRAMME);
        var line = service.checklist(item).lines().get(0);

        service.assess(item, line.principle().id(), line.version(), AssessmentResult.GAP, "Opnieuw bekeken.");

        assertThatThrownBy(
                        () -> service.assess(item, line.principle().id(), line.version(), AssessmentResult.MEETS, null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> service.assess(item, line.principle().id(), null, AssessmentResult.MEETS, null))
                .as("someone assessed it while this user still saw it unassessed")
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.checklist(item).gaps()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void a_retired_principle_is_not_assessed_any_more() {
        long item = id(MANAGER2S_UNASSESSED_PROGRAMME);
        db.update(PRINCIPLE)
                .set(PRINCIPLE.ACTIVE, false)
                .where(PRINCIPLE.CODE.eq("OTH-1"))
                .execute();

        assertThatThrownBy(() -> service.assess(item, principle("OTH-1"), null, AssessmentResult.MEETS, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assessment.principle-retired"));
        assertThat(service.checklist(item).lines()).hasSize(6);
        assertThat(db.fetchCount(PRINCIPLE_ASSESSMENT, PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(item)))
                .isZero();
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }

    private long ownerOf(long item) {
        return db.select(INITIATIVE.OWNER_ID)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(item))
                .fetchSingle()
                .value1();
    }

    private long principle(String code) {
        return db.select(PRINCIPLE.ID)
                .from(PRINCIPLE)
                .where(PRINCIPLE.CODE.eq(code))
                .fetchSingle()
                .value1();
    }
}
