package nl.tweespoor.governance.risk;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The portfolio by risk class and track, on the demo data. */
@Transactional
class RiskPortfolioTest extends DatabaseTest {

    @Autowired
    RiskPortfolioService portfolio;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_demo_portfolio_counts_active_items_per_class_and_track_and_proposals_apart() {
        var overview = portfolio.overview();

        // Claims journey and fraud detection are the active HIGH programmes; telematics (HIGH) is stopped.
        assertThat(overview.active(Track.STRATEGIC, RiskClass.HIGH)).isEqualTo(2);
        assertThat(overview.active(Track.STRATEGIC, RiskClass.LIMITED)).isEqualTo(3);
        assertThat(overview.active(Track.PERSONAL, RiskClass.LIMITED)).isEqualTo(3);
        assertThat(overview.active(Track.PERSONAL, RiskClass.HIGH)).isZero();
        assertThat(overview.proposed(Track.STRATEGIC, RiskClass.MINIMAL)).isEqualTo(1);
        assertThat(overview.active(Track.PERSONAL, RiskClass.PROHIBITED)).isZero();
        assertThat(overview.riskyItems()).extracting(RiskOverview.RiskyItem::title)
                .containsExactlyInAnyOrder("Schadereis opnieuw ontworpen met AI", RiskClassTest.FRAUD);
        var fraud = overview.riskyItems().stream().filter(i -> i.title().equals(RiskClassTest.FRAUD)).findFirst()
                .orElseThrow();
        assertThat(fraud.openHighRisks()).isEqualTo(1);
        assertThat(fraud.department()).isEqualTo("Schadebehandeling");
        assertThat(fraud.stage()).isEqualTo("PILOT");
        assertThat(fraud.justification()).isNotBlank();
        assertThat(overview.breaches()).isZero();
    }

    @Test
    @WithUserDetails("viewer")
    void a_prohibited_item_past_the_proposal_stage_is_a_breach_one_still_an_idea_is_not() {
        prohibit("Eén AI-platform met gedeelde spelregels");
        prohibit("Preventie als dienst voor het MKB");

        var overview = portfolio.overview();

        assertThat(overview.active(Track.STRATEGIC, RiskClass.PROHIBITED)).isEqualTo(1);
        assertThat(overview.proposed(Track.STRATEGIC, RiskClass.PROHIBITED)).isEqualTo(1);
        assertThat(overview.breaches()).isEqualTo(1);
        assertThat(overview.riskyItems().get(0).title()).isEqualTo("Eén AI-platform met gedeelde spelregels");
        assertThat(overview.riskyItems().get(0).breach()).isTrue();
        assertThat(overview.riskyItems()).filteredOn(i -> i.title().startsWith("Preventie")).singleElement()
                .extracting(RiskOverview.RiskyItem::breach).isEqualTo(false);
    }

    private void prohibit(String title) {
        db.update(INITIATIVE).set(INITIATIVE.RISK_CLASS, "PROHIBITED").set(INITIATIVE.RISK_JUSTIFICATION, "Test")
                .where(INITIATIVE.TITLE.eq(title)).execute();
    }
}
