package nl.tweespoor.governance.risk;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The EU AI Act risk class of an item: who may set it, who may lower it (leaders, with a reason), the justification
 * rule, versioning and audit.
 */
@Transactional
class RiskClassTest extends DatabaseTest {

    /** Owned by manager in the demo data. */
    static final String ROUTING = "Slimme routering van klantvragen";
    /** Owned by manager2. */
    static final String FRAUD = "Fraudedetectie bij schademeldingen";

    @Autowired
    RiskService risks;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leader_classifies_any_item_audited_and_the_item_version_moves_on() {
        var item = item(FRAUD);

        risks.classify(item.getId(), item.getVersion(), RiskClass.PROHIBITED, "  Sociale scoring van klanten. ", null);

        var stored = item(FRAUD);
        assertThat(stored.getRiskClass()).isEqualTo("PROHIBITED");
        assertThat(stored.getRiskJustification()).isEqualTo("Sociale scoring van klanten.");
        assertThat(stored.getVersion()).isEqualTo(item.getVersion() + 1);
        assertThat(db.select(
                                DSL.field("before_state ->> 'risk_class'", String.class),
                                DSL.field("after_state ->> 'risk_class'", String.class))
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.KIND.eq("RISK_CLASS_SET"), AUDIT_EVENT.INITIATIVE_ID.eq(item.getId()))
                        // Audit events are append-only: other tests' committed events may precede this one.
                        .orderBy(AUDIT_EVENT.ID.desc())
                        .limit(1)
                        .fetchSingle()
                        .intoArray())
                .containsExactly("HIGH", "PROHIBITED");
        var profile = risks.profile(item.getId());
        assertThat(profile.riskClass()).isEqualTo(RiskClass.PROHIBITED);
        assertThat(profile.itemVersion()).isEqualTo(stored.getVersion());
        assertThat(profile.mayEdit()).isTrue();
    }

    @Test
    @WithUserDetails("leader")
    void limited_high_and_prohibited_need_a_justification_minimal_does_not() {
        var item = item(ROUTING);
        for (var riskClass : new RiskClass[] {RiskClass.LIMITED, RiskClass.HIGH, RiskClass.PROHIBITED}) {
            assertThatThrownBy(() -> risks.classify(item.getId(), item.getVersion(), riskClass, "  ", null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "risk.justification-required");
        }
        assertThatThrownBy(
                        () -> risks.classify(item.getId(), item.getVersion(), RiskClass.HIGH, "x".repeat(2001), null))
                .hasFieldOrPropertyWithValue("messageKey", "validation.too-long");
        assertThatThrownBy(() -> risks.classify(item.getId(), item.getVersion(), null, "x", null))
                .hasFieldOrPropertyWithValue("messageKey", "risk.class-required");
        assertThat(item(ROUTING).getVersion()).isEqualTo(item.getVersion());

        risks.classify(item.getId(), item.getVersion(), RiskClass.MINIMAL, " ", "Alleen interne routering.");

        assertThat(item(ROUTING).getRiskClass()).isEqualTo("MINIMAL");
        assertThat(item(ROUTING).getRiskJustification()).isNull();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_classifies_his_own_item_but_not_someone_elses() {
        var own = item(ROUTING);
        var other = item(FRAUD);

        risks.classify(own.getId(), own.getVersion(), RiskClass.HIGH, "Routering beslist over klantvragen.", null);

        assertThat(item(ROUTING).getRiskClass()).isEqualTo("HIGH");
        assertThatThrownBy(() -> risks.classify(other.getId(), other.getVersion(), RiskClass.PROHIBITED, "x", null))
                .isInstanceOf(NotPermittedException.class);
        assertThat(item(FRAUD).getRiskClass()).isEqualTo("HIGH");
        assertThat(risks.profile(own.getId()).mayEdit()).isTrue();
        assertThat(risks.profile(other.getId()).mayEdit()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_risk_class_but_cannot_change_it() {
        var item = item(FRAUD);

        assertThat(risks.profile(item.getId()).mayEdit()).isFalse();
        assertThatThrownBy(() -> risks.classify(item.getId(), item.getVersion(), RiskClass.PROHIBITED, "x", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(item(FRAUD).getRiskClass()).isEqualTo("HIGH");
    }

    @Test
    @WithUserDetails("leader")
    void a_classification_against_a_stale_version_is_refused_and_the_newer_one_stays() {
        var item = item(FRAUD);
        int auditedBefore = db.fetchCount(
                AUDIT_EVENT, AUDIT_EVENT.KIND.eq("RISK_CLASS_SET").and(AUDIT_EVENT.INITIATIVE_ID.eq(item.getId())));
        risks.classify(item.getId(), item.getVersion(), RiskClass.PROHIBITED, "Sociale scoring.", null);

        assertThatThrownBy(() -> risks.classify(
                        item.getId(),
                        item.getVersion(),
                        RiskClass.LIMITED,
                        "Alleen signalering, mens beslist.",
                        "Verkeerd ingeschat"))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(item(FRAUD).getRiskClass()).isEqualTo("PROHIBITED");
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT.KIND.eq("RISK_CLASS_SET").and(AUDIT_EVENT.INITIATIVE_ID.eq(item.getId()))))
                .isEqualTo(auditedBefore + 1);
    }

    @Test
    @WithUserDetails("manager")
    void an_owner_raises_his_items_class_but_may_not_lower_it_even_with_a_reason() {
        var item = item(ROUTING);

        assertThatThrownBy(
                        () -> risks.classify(item.getId(), item.getVersion(), RiskClass.MINIMAL, null, "Valt wel mee"))
                .isInstanceOf(NotPermittedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "risk.only-leaders-lower");
        assertThat(item(ROUTING).getRiskClass()).isEqualTo("LIMITED");

        risks.classify(item.getId(), item.getVersion(), RiskClass.PROHIBITED, "Manipuleert klanten.", null);
        var raised = item(ROUTING);
        assertThat(raised.getRiskClass()).isEqualTo("PROHIBITED");
        assertThat(risks.profile(item.getId()).mayLower()).isFalse();

        for (var lower : new RiskClass[] {RiskClass.MINIMAL, RiskClass.LIMITED, RiskClass.HIGH}) {
            assertThatThrownBy(() ->
                            risks.classify(raised.getId(), raised.getVersion(), lower, "Toch niet.", "Vergissing"))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(item(ROUTING).getRiskClass()).isEqualTo("PROHIBITED");
        assertThat(item(ROUTING).getVersion()).isEqualTo(raised.getVersion());
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_lowers_a_class_with_a_reason_that_the_audit_event_keeps() {
        var item = item(FRAUD);
        var reason = "Een mens beoordeelt elke melding; de score signaleert alleen.";

        risks.classify(item.getId(), item.getVersion(), RiskClass.LIMITED, "Alleen signalering.", "  " + reason + " ");

        assertThat(item(FRAUD).getRiskClass()).isEqualTo("LIMITED");
        assertThat(risks.profile(item.getId()).mayLower()).isTrue();
        assertThat(db.select(
                                DSL.field("before_state ->> 'risk_class'", String.class),
                                DSL.field("after_state ->> 'risk_class'", String.class),
                                DSL.field("after_state ->> 'lowering_reason'", String.class),
                                AUDIT_EVENT.SUMMARY)
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.KIND.eq("RISK_CLASS_LOWERED"), AUDIT_EVENT.INITIATIVE_ID.eq(item.getId()))
                        .orderBy(AUDIT_EVENT.ID.desc())
                        .limit(1)
                        .fetchSingle()
                        .intoArray())
                .containsExactly(
                        "HIGH",
                        "LIMITED",
                        reason,
                        "AI risk class of " + FRAUD + " lowered from HIGH to LIMITED: " + reason);
    }

    @Test
    @WithUserDetails("leader")
    void lowering_without_a_reason_is_refused_also_out_of_prohibited() {
        var item = item(FRAUD);
        assertThatThrownBy(() -> risks.classify(item.getId(), item.getVersion(), RiskClass.MINIMAL, null, "  "))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "risk.lowering-reason-required");
        risks.classify(item.getId(), item.getVersion(), RiskClass.PROHIBITED, "Sociale scoring.", null);
        var prohibited = item(FRAUD);

        assertThatThrownBy(() -> risks.classify(
                        prohibited.getId(), prohibited.getVersion(), RiskClass.HIGH, "Beslist over klanten.", null))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "risk.lowering-reason-required");
        assertThatThrownBy(() -> risks.classify(
                        prohibited.getId(),
                        prohibited.getVersion(),
                        RiskClass.HIGH,
                        "Beslist over klanten.",
                        "x".repeat(2001)))
                .hasFieldOrPropertyWithValue("messageKey", "validation.too-long");

        assertThat(item(FRAUD).getRiskClass()).isEqualTo("PROHIBITED");
        assertThat(item(FRAUD).getVersion()).isEqualTo(prohibited.getVersion());
    }

    private InitiativeRecord item(String title) {
        return db.selectFrom(INITIATIVE).where(INITIATIVE.TITLE.eq(title)).fetchSingle();
    }
}
