package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §3: leaders keep the one principles catalogue. */
@Transactional
class PrincipleServiceTest extends DatabaseTest {

    @Autowired
    PrincipleService service;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leader_adds_a_principle_that_every_item_is_then_assessed_against() {
        int before = service.active().size();

        long id = service.create(new PrincipleDraft(
                " data-3 ", "Bronnen vermeld", "We noemen de bron van elk antwoord.", PrincipleCategory.DATA, true));

        assertThat(service.active())
                .hasSize(before + 1)
                .anySatisfy(p -> assertThat(p.code()).isEqualTo("DATA-3"));
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("PRINCIPLE_CREATED"), AUDIT_EVENT.ENTITY_ID.eq(id)))
                .isTrue();
    }

    @Test
    @WithUserDetails("leader")
    void codes_are_unique_and_well_formed() {
        assertThatThrownBy(() ->
                        service.create(new PrincipleDraft("data-1", "Dubbel", "Uitleg", PrincipleCategory.DATA, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("principle.code-taken"));
        assertThatThrownBy(() ->
                        service.create(new PrincipleDraft("data 1!", "Fout", "Uitleg", PrincipleCategory.DATA, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("principle.code-invalid"));
        assertThatThrownBy(() -> service.create(
                        new PrincipleDraft("DATA-9", "Zonder uitleg", " ", PrincipleCategory.DATA, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("principle.explanation-required"));
    }

    @Test
    @WithUserDetails("leader")
    void retiring_a_principle_takes_it_out_of_the_active_set_and_is_audited() {
        var principle =
                db.selectFrom(PRINCIPLE).where(PRINCIPLE.CODE.eq("OTH-1")).fetchSingle();

        service.update(
                principle.getId(),
                principle.getVersion(),
                new PrincipleDraft(
                        "OTH-1", principle.getTitle(), principle.getExplanation(), PrincipleCategory.OTHER, false));

        assertThat(service.active()).noneSatisfy(p -> assertThat(p.code()).isEqualTo("OTH-1"));
        assertThat(db.fetchExists(
                        AUDIT_EVENT,
                        AUDIT_EVENT.KIND.eq("PRINCIPLE_RETIRED"),
                        AUDIT_EVENT.ENTITY_ID.eq(principle.getId())))
                .isTrue();
        assertThatThrownBy(() -> service.update(
                        principle.getId(),
                        principle.getVersion(),
                        new PrincipleDraft("OTH-1", "Ander", "Uitleg", PrincipleCategory.OTHER, true)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_change_the_catalogue() {
        assertThat(service.mayEdit()).isFalse();
        assertThatThrownBy(() -> service.create(
                        new PrincipleDraft("X-1", "Eigen norm", "Uitleg", PrincipleCategory.OTHER, true)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
