package nl.tweespoor.governance.risk;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
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
        var risky = portfolio.riskyItems(0, RiskPortfolioService.MAX_PAGE);
        assertThat(risky)
                .extracting(RiskOverview.RiskyItem::title)
                .containsExactlyInAnyOrder("Schadereis opnieuw ontworpen met AI", RiskClassTest.FRAUD);
        assertThat(overview.riskyCount()).isEqualTo(2);
        var fraud = risky.stream()
                .filter(i -> i.title().equals(RiskClassTest.FRAUD))
                .findFirst()
                .orElseThrow();
        assertThat(fraud.openHighRisks()).isEqualTo(1);
        assertThat(fraud.department()).isEqualTo("Schadebehandeling");
        assertThat(fraud.stage()).isEqualTo(Stage.PILOT);
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
        var risky = portfolio.riskyItems(0, RiskPortfolioService.MAX_PAGE);
        assertThat(risky).hasSize(overview.riskyCount());
        assertThat(risky.get(0).title()).isEqualTo("Eén AI-platform met gedeelde spelregels");
        assertThat(risky.get(0).breach()).isTrue();
        assertThat(risky)
                .filteredOn(i -> i.title().startsWith("Preventie"))
                .singleElement()
                .extracting(RiskOverview.RiskyItem::breach)
                .isEqualTo(false);
    }

    @Test
    @WithUserDetails("viewer")
    void the_risky_items_come_a_page_at_a_time_breaches_first_and_the_count_covers_them_all() {
        var department = db.select(INITIATIVE.DEPARTMENT_ID)
                .from(INITIATIVE)
                .limit(1)
                .fetchSingle()
                .value1();
        var owner = db.select(INITIATIVE.OWNER_ID)
                .from(INITIATIVE)
                .limit(1)
                .fetchSingle()
                .value1();
        for (int i = 0; i < 30; i++) {
            db.insertInto(INITIATIVE)
                    .set(INITIATIVE.TRACK, Track.PERSONAL)
                    .set(INITIATIVE.TITLE, "Hoog risico " + i)
                    .set(INITIATIVE.LAYER, "OPERATIONAL")
                    .set(INITIATIVE.STAGE, Stage.RUNNING)
                    .set(INITIATIVE.RISK_CLASS, i == 29 ? "PROHIBITED" : "HIGH")
                    .set(INITIATIVE.OWNER_ID, owner)
                    .set(INITIATIVE.DEPARTMENT_ID, department)
                    .execute();
        }

        var overview = portfolio.overview();
        var first = portfolio.riskyItems(0, 20);
        var rest = portfolio.riskyItems(20, 20);

        assertThat(overview.riskyCount()).isEqualTo(32);
        assertThat(overview.breaches()).isEqualTo(1);
        assertThat(first).hasSize(20);
        assertThat(first.getFirst().title()).isEqualTo("Hoog risico 29");
        assertThat(first.getFirst().breach()).isTrue();
        assertThat(rest).hasSize(12);
        assertThat(first)
                .extracting(RiskOverview.RiskyItem::id)
                .doesNotContainAnyElementsOf(
                        rest.stream().map(RiskOverview.RiskyItem::id).toList());
    }

    private void prohibit(String title) {
        db.update(INITIATIVE)
                .set(INITIATIVE.RISK_CLASS, "PROHIBITED")
                .set(INITIATIVE.RISK_JUSTIFICATION, "Test")
                .where(INITIATIVE.TITLE.eq(title))
                .execute();
    }
}
