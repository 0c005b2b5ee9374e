package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.REDESIGN_RESERVE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import nl.tweespoor.base.PortfolioCache;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: with a redesign reserve for the year, /priorities shows each track's share beside its envelope and the
 * what-if shows the reserve after the stops, in Dutch and in English, without serious accessibility faults.
 */
class ReserveCutLineIT extends BrowserTest {

    private static final int YEAR = Year.now().getValue();

    /** A fifth of the year's envelopes reserved, stored as a leader would have set it. */
    @BeforeEach
    void aReserveForTheYear() {
        var db = applicationContext.getBean(DSLContext.class);
        var envelopes = db.select(coalesce(sum(BUDGET_ENVELOPE.AMOUNT), BigDecimal.ZERO))
                .from(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.YEAR.eq(YEAR))
                .fetchSingle()
                .value1();
        var amount = envelopes.divide(BigDecimal.valueOf(5), 0, RoundingMode.DOWN);
        db.insertInto(REDESIGN_RESERVE, REDESIGN_RESERVE.YEAR, REDESIGN_RESERVE.AMOUNT)
                .values(YEAR, amount)
                .onConflict(REDESIGN_RESERVE.YEAR)
                .doUpdate()
                .set(REDESIGN_RESERVE.AMOUNT, amount)
                .execute();
        // written past the service: the figures kept from before are dropped, as ReserveService does on commit
        applicationContext.getBean(PortfolioCache.class).clear();
    }

    /** The other browser tests see the demo as it was: no reserve. */
    @AfterEach
    void noReserveAfter() {
        applicationContext
                .getBean(DSLContext.class)
                .deleteFrom(REDESIGN_RESERVE)
                .where(REDESIGN_RESERVE.YEAR.eq(YEAR))
                .execute();
        applicationContext.getBean(PortfolioCache.class).clear();
    }

    @Test
    void a_leader_sees_the_reserve_share_and_the_reserve_after_the_stops_in_dutch() {
        logIn("leader");
        page.navigate(url("/priorities"));
        assertThat(page.locator("#summary-strategic")).containsText("waarvan herontwerpreserve");

        page.locator("#ranking-strategic vaadin-checkbox").first().click();
        page.locator("#whatif-run").click();
        assertThat(page.locator("#whatif-reserve")).containsText("Gebruikt door herontwerp");
        assertThat(page.locator("#whatif-reserve")).containsText("Ruimte voor optimaliseren");
        page.locator("#whatif-reserve").scrollIntoViewIfNeeded();
        screenshot("priorities-reserve-whatif-nl");
        assertNoSeriousAccessibilityViolations();
        page.locator("#summary-strategic").scrollIntoViewIfNeeded();
        screenshot("priorities-reserve-nl");
    }

    @Test
    void a_viewer_sees_them_in_english() {
        newUser("kijker-reserve", "Kijker Reserve", "VIEWER");
        logIn("kijker-reserve");
        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Priorities");

        page.navigate(url("/priorities"));
        assertThat(page.locator("#summary-strategic")).containsText("of which redesign reserve");
        page.locator("#ranking-strategic vaadin-checkbox").first().click();
        page.locator("#whatif-run").click();
        assertThat(page.locator("#whatif-reserve")).containsText("Used by redesign");
        assertThat(page.locator("#whatif-reserve")).containsText("Optimise room");
        page.locator("#whatif-reserve").scrollIntoViewIfNeeded();
        screenshot("priorities-reserve-whatif-en");
        assertNoSeriousAccessibilityViolations();
    }
}
