package nl.tweespoor.audit;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.jsonbGetAttributeAsText;

import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.AuditEventRecord;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.initiative.InitiativeDraft;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.initiative.Layer;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §4: every state change writes an audit event with who, what and before/after. */
@Transactional
@WithUserDetails("manager")
class AuditEventTest extends DatabaseTest {

    @Autowired
    InitiativeService service;

    @Autowired
    DSLContext db;

    @Test
    void proposing_writes_initiative_created_with_the_new_state_and_the_actor() {
        long id = service.propose(Track.PERSONAL, draft("Notuleren met AI", Layer.PERSONAL_PRODUCTIVITY));

        var event = onlyEventFor(id);
        assertThat(event.getKind()).isEqualTo("INITIATIVE_CREATED");
        assertThat(event.getEntityType()).isEqualTo("initiative");
        assertThat(event.getEntityId()).isEqualTo(id);
        assertThat(event.getActorName()).isEqualTo("manager");
        assertThat(event.getActorId()).isEqualTo(userId("manager"));
        assertThat(event.getSummary()).contains("Notuleren met AI");
        assertThat(event.getBeforeState()).isNull();
        assertThat(afterAttribute(event, "title")).isEqualTo("Notuleren met AI");
        assertThat(afterAttribute(event, "owner_id")).isEqualTo(String.valueOf(userId("manager")));
    }

    @Test
    void editing_writes_initiative_updated_with_the_old_and_new_title() {
        long id = service.propose(Track.PERSONAL, draft("Oude titel", Layer.PERSONAL_PRODUCTIVITY));
        int version = service.details(id).version();

        service.update(id, version, draft("Nieuwe titel", Layer.PERSONAL_PRODUCTIVITY));

        var updated = db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.INITIATIVE_ID.eq(id), AUDIT_EVENT.KIND.eq("INITIATIVE_UPDATED"))
                .fetchSingle();
        assertThat(updated.getActorName()).isEqualTo("manager");
        assertThat(beforeAttribute(updated, "title")).isEqualTo("Oude titel");
        assertThat(afterAttribute(updated, "title")).isEqualTo("Nieuwe titel");
        assertThat(beforeAttribute(updated, "version")).isEqualTo(String.valueOf(version));
        assertThat(afterAttribute(updated, "version")).isEqualTo(String.valueOf(version + 1));
    }

    @Test
    void a_refused_edit_writes_no_audit_event() {
        long id = service.propose(Track.PERSONAL, draft("Blijft zo", Layer.PERSONAL_PRODUCTIVITY));
        int version = service.details(id).version();
        int events = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> service.update(id, version, draft("Wordt niets", Layer.OPERATIONAL)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.INITIATIVE_ID.eq(id))).isEqualTo(1);
        assertThat(service.details(id).title()).isEqualTo("Blijft zo");
    }

    private AuditEventRecord onlyEventFor(long id) {
        return db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.INITIATIVE_ID.eq(id))
                .fetchSingle();
    }

    private String afterAttribute(AuditEventRecord event, String name) {
        return db.select(jsonbGetAttributeAsText(AUDIT_EVENT.AFTER_STATE, name))
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ID.eq(event.getId()))
                .fetchSingle()
                .value1();
    }

    private String beforeAttribute(AuditEventRecord event, String name) {
        return db.select(jsonbGetAttributeAsText(AUDIT_EVENT.BEFORE_STATE, name))
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ID.eq(event.getId()))
                .fetchSingle()
                .value1();
    }

    private long userId(String username) {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.ID);
    }

    private InitiativeDraft draft(String title, Layer layer) {
        long hr = db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq("HR"))
                .fetchSingle(DEPARTMENT.ID);
        return new InitiativeDraft(
                title,
                null,
                "Hypothese",
                layer,
                Ambition.OPTIMISE,
                hr,
                null,
                null,
                "Lead",
                3,
                "Tool",
                "Notuleren",
                null,
                null,
                "2027-Q1",
                "2027-Q2",
                null,
                null,
                null,
                null,
                null);
    }
}
