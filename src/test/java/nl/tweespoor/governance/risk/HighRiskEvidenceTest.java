package nl.tweespoor.governance.risk;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tweespoor.review.AgendaItem;
import nl.tweespoor.review.ReviewService;
import nl.tweespoor.status.Flag;
import nl.tweespoor.status.FlagService;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** An open risk with likelihood × impact ≥ 15 flags its item and shows in the review agenda's evidence. */
@Transactional
class HighRiskEvidenceTest extends DatabaseTest {

    private static final String PROACTIVE = "Proactieve klantenservice";

    @Autowired
    RiskService risks;

    @Autowired
    FlagService flags;

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void an_open_risk_scoring_15_flags_the_item_12_does_not_nor_a_mitigated_or_closed_one() {
        long item = id(PROACTIVE);
        assertThat(flagsOf(item)).doesNotContain(Flag.HIGH_RISK);

        long risk = risks.addRisk(item, new RiskDraft("Datalek bij koppeling", 3, 4, null, null, RiskStatus.OPEN));
        assertThat(flagsOf(item)).doesNotContain(Flag.HIGH_RISK);

        risks.updateRisk(risk, 1, new RiskDraft("Datalek bij koppeling", 3, 5, null, null, RiskStatus.MITIGATED));
        assertThat(flagsOf(item)).doesNotContain(Flag.HIGH_RISK);

        long counted = flags.activeFlagCounts().get(Flag.HIGH_RISK);
        risks.updateRisk(risk, 2, new RiskDraft("Datalek bij koppeling", 3, 5, null, null, RiskStatus.OPEN));
        assertThat(flagsOf(item)).contains(Flag.HIGH_RISK);
        assertThat(flags.activeFlagCounts().get(Flag.HIGH_RISK)).isEqualTo(counted + 1);

        risks.updateRisk(risk, 3, new RiskDraft("Datalek bij koppeling", 3, 5, null, null, RiskStatus.CLOSED));
        assertThat(flagsOf(item)).doesNotContain(Flag.HIGH_RISK);
    }

    @Test
    @WithUserDetails("viewer")
    void the_demo_fraud_programme_carries_the_flag_for_its_open_4_by_4_risk() {
        long fraud = id(RiskClassTest.FRAUD);
        long claims = id("Schadereis opnieuw ontworpen met AI");

        assertThat(flagsOf(fraud)).contains(Flag.HIGH_RISK);
        // Its 2 × 5 risk is mitigated.
        assertThat(flagsOf(claims)).doesNotContain(Flag.HIGH_RISK);
    }

    @Test
    @WithUserDetails("leader")
    void the_agenda_evidence_lists_each_items_open_high_risks_highest_first() {
        long proactive = id(PROACTIVE);
        risks.addRisk(proactive, new RiskDraft("Klacht bij toezichthouder", 3, 5, null, null, RiskStatus.OPEN));
        risks.addRisk(proactive, new RiskDraft("Klanten haken af", 5, 5, null, null, RiskStatus.OPEN));
        risks.addRisk(proactive, new RiskDraft("Gesloten risico", 5, 5, null, null, RiskStatus.CLOSED));

        var agenda = reviews.agenda(reviewInProgress());

        assertThat(on(agenda, proactive).openHighRisks())
                .containsExactly(
                        new AgendaItem.HighRisk("Klanten haken af", 5, 5),
                        new AgendaItem.HighRisk("Klacht bij toezichthouder", 3, 5));
        assertThat(on(agenda, id(RiskClassTest.FRAUD)).openHighRisks())
                .extracting(AgendaItem.HighRisk::score)
                .containsExactly(16);
        assertThat(on(agenda, id("Schadereis opnieuw ontworpen met AI")).openHighRisks())
                .isEmpty();
        assertThat(on(agenda, proactive).flagged()).isTrue();
    }

    private static AgendaItem on(List<AgendaItem> agenda, long id) {
        return agenda.stream().filter(a -> a.initiativeId() == id).findFirst().orElseThrow();
    }

    private java.util.Set<Flag> flagsOf(long id) {
        return flags.signals(List.of(id)).get(id).flags();
    }

    private long reviewInProgress() {
        return db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle()
                .value1();
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }
}
