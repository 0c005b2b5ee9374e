package nl.tweespoor.governance.risk;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

/** An item's risk register: adding, editing, status changes and deleting, with validation, versions and audit. */
@Transactional
class RiskRegisterTest extends DatabaseTest {

    @Autowired
    RiskService risks;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leader_adds_edits_closes_and_deletes_a_risk_each_audited() {
        long item = id(RiskClassTest.ROUTING);

        long risk = risks.addRisk(
                item,
                new RiskDraft(
                        " Verkeerde routering bij klachten ", 3, 4, " Steekproef ", " Priya Ramdin ", RiskStatus.OPEN));
        var added = only(item);
        assertThat(added)
                .isEqualTo(new ItemRisk(
                        risk,
                        "Verkeerde routering bij klachten",
                        3,
                        4,
                        "Steekproef",
                        "Priya Ramdin",
                        RiskStatus.OPEN,
                        1));
        assertThat(added.score()).isEqualTo(12);

        risks.updateRisk(risk, 1, new RiskDraft("Verkeerde routering bij klachten", 4, 4, null, "", RiskStatus.OPEN));
        risks.updateRisk(risk, 2, new RiskDraft("Verkeerde routering bij klachten", 4, 4, null, "", RiskStatus.CLOSED));
        var closed = only(item);
        assertThat(closed.mitigation()).isNull();
        assertThat(closed.ownerName()).isNull();
        assertThat(closed.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(closed.version()).isEqualTo(3);

        risks.deleteRisk(risk, 3);

        assertThat(risks.profile(item).risks()).isEmpty();
        assertThat(kinds(risk)).containsExactly("RISK_ADDED", "RISK_UPDATED", "RISK_STATUS_CHANGED", "RISK_DELETED");
    }

    @Test
    @WithUserDetails("leader")
    void a_risk_needs_a_description_and_likelihood_and_impact_from_1_to_5() {
        long item = id(RiskClassTest.ROUTING);
        int before = db.fetchCount(ITEM_RISK);

        refused(item, new RiskDraft(" ", 3, 3, null, null, RiskStatus.OPEN), "risk.description-required");
        refused(item, new RiskDraft("x".repeat(2001), 3, 3, null, null, RiskStatus.OPEN), "validation.too-long");
        refused(item, new RiskDraft("Risico", 0, 3, null, null, RiskStatus.OPEN), "validation.between");
        refused(item, new RiskDraft("Risico", 3, 6, null, null, RiskStatus.OPEN), "validation.between");
        refused(item, new RiskDraft("Risico", null, 3, null, null, RiskStatus.OPEN), "validation.between");
        refused(item, new RiskDraft("Risico", 3, 3, "x".repeat(2001), null, RiskStatus.OPEN), "validation.too-long");
        refused(item, new RiskDraft("Risico", 3, 3, null, "x".repeat(121), RiskStatus.OPEN), "validation.too-long");
        refused(item, new RiskDraft("Risico", 3, 3, null, null, null), "risk.status-required");

        assertThat(db.fetchCount(ITEM_RISK)).isEqualTo(before);
        risks.addRisk(item, new RiskDraft("Risico", 1, 5, null, null, RiskStatus.ACCEPTED));
        assertThat(db.fetchCount(ITEM_RISK)).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_keeps_the_register_of_his_own_item_only() {
        long own = id(RiskClassTest.ROUTING);
        long other = id(RiskClassTest.FRAUD);
        var othersRisk = risks.profile(other).risks().get(0);

        risks.addRisk(own, new RiskDraft("Eigen risico", 2, 2, null, null, RiskStatus.OPEN));

        assertThat(risks.profile(own).risks()).hasSize(1);
        assertThatThrownBy(
                        () -> risks.addRisk(other, new RiskDraft("Vreemd risico", 2, 2, null, null, RiskStatus.OPEN)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> risks.updateRisk(othersRisk.id(), othersRisk.version(), othersRisk.draft()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> risks.deleteRisk(othersRisk.id(), othersRisk.version()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(risks.profile(other).risks()).containsExactly(othersRisk);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_register_but_cannot_change_it() {
        long fraud = id(RiskClassTest.FRAUD);
        var risk = risks.profile(fraud).risks().get(0);

        assertThat(risk.description()).isEqualTo("Model benadeelt klanten in bepaalde postcodegebieden");
        assertThatThrownBy(() -> risks.addRisk(fraud, risk.draft())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risks.deleteRisk(risk.id(), risk.version())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void editing_or_deleting_a_risk_someone_else_changed_is_refused_and_their_change_stays() {
        long item = id(RiskClassTest.ROUTING);
        long risk = risks.addRisk(item, new RiskDraft("Risico", 2, 2, null, null, RiskStatus.OPEN));
        risks.updateRisk(risk, 1, new RiskDraft("Risico van de ander", 2, 2, null, null, RiskStatus.OPEN));

        assertThatThrownBy(() ->
                        risks.updateRisk(risk, 1, new RiskDraft("Mijn versie", 5, 5, null, null, RiskStatus.OPEN)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> risks.deleteRisk(risk, 1)).isInstanceOf(ConcurrentEditException.class);

        assertThat(only(item).description()).isEqualTo("Risico van de ander");
    }

    private void refused(long item, RiskDraft draft, String messageKey) {
        assertThatThrownBy(() -> risks.addRisk(item, draft))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", messageKey);
    }

    private ItemRisk only(long item) {
        var register = risks.profile(item).risks();
        assertThat(register).hasSize(1);
        return register.get(0);
    }

    private List<String> kinds(long riskId) {
        return db.select(AUDIT_EVENT.KIND)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("item_risk"), AUDIT_EVENT.ENTITY_ID.eq(riskId))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(AUDIT_EVENT.KIND);
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }
}
