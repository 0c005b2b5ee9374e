package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.text.NumberFormat;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.Track;
import nl.tweespoor.demo.LargePortfolio;
import nl.tweespoor.priority.RankedItem;
import nl.tweespoor.priority.RankingService;
import nl.tweespoor.support.Race;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The priorities page on a large portfolio of its own (thousands of open items per track, on top of the demo story in
 * the class's own copy of the demo database): the grids open, scroll deep into a track, and a leader moves a far-down
 * item to the top with "move to position N" and another one down with the keyboard.
 */
class LargePrioritiesIT extends BrowserTest {

    private static final double SCALE = 0.4;
    private static final int YEAR = Year.now().getValue();

    @Autowired
    DSLContext db;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RankingService rankings;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void largePortfolio() {
        transactions.executeWithoutResult(status -> LargePortfolio.load(db, SCALE));
    }

    @Test
    void a_leader_scrolls_a_track_of_thousands_and_moves_items_to_a_position_and_with_the_keyboard() {
        int count = asLeader(() -> rankings.summary(Track.PERSONAL, YEAR).count());
        assertThat(count).as("open experiments in the large portfolio").isGreaterThan(1_000);
        // Far down, with a title no other item has (the generated titles repeat), so the page shows it once.
        var deep = asLeader(() -> rankings.page(Track.PERSONAL, YEAR, count - 30, 30)).stream()
                .filter(item -> db.fetchCount(INITIATIVE, INITIATIVE.TITLE.eq(item.title())) == 1)
                .findFirst()
                .orElseThrow();

        logIn("leader");
        page.navigate(url("/priorities"));
        var personal = page.locator("#ranking-personal");
        // Playwright's assertions wait 5 s; the first view of a dev-mode app on a busy machine may take longer.
        page.locator("#summary-personal").waitFor();
        assertThat(page.locator("#summary-personal"))
                .containsText(NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl"))
                        .format(count));
        assertThat(personal.locator("vaadin-grid-cell-content").getByText("1", exact()))
                .isVisible();

        personal.evaluate("grid => grid.scrollToIndex(" + (deep.position() - 1) + ")");
        var deepLink =
                personal.locator("vaadin-grid-cell-content a", new Locator.LocatorOptions().setHasText(deep.title()));
        deepLink.first().waitFor();
        screenshot("priorities-large-scrolled");

        page.getByLabel(deep.title() + " naar een positie verplaatsen").first().click();
        page.locator("#move-to-position input").fill("1");
        page.locator("#move-to-confirm").click();
        // The dialog closes in the same round trip as the move.
        page.locator("#move-to-position").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        var top = asLeader(() -> rankings.page(Track.PERSONAL, YEAR, 0, 2));
        assertThat(top.get(0).id()).isEqualTo(deep.id());
        personal.evaluate("grid => grid.scrollToIndex(0)");
        assertThat(deepLink.first()).isVisible();

        var strategic = page.locator("#ranking-strategic");
        var before = titles(asLeader(() -> rankings.page(Track.STRATEGIC, YEAR, 0, 2)));
        var down = page.getByLabel(before.get(0) + " omlaag").first();
        down.focus();
        page.keyboard().press("Enter");

        strategic
                .locator("vaadin-grid-cell-content a")
                .first()
                .filter(new Locator.FilterOptions().setHasText(before.get(1)))
                .waitFor();
        assertThat(titles(asLeader(() -> rankings.page(Track.STRATEGIC, YEAR, 0, 2))))
                .containsExactly(before.get(1), before.get(0));
        screenshot("priorities-large");
        assertNoSeriousAccessibilityViolations();
    }

    private static Locator.GetByTextOptions exact() {
        return new Locator.GetByTextOptions().setExact(true);
    }

    private static List<String> titles(List<RankedItem> items) {
        return items.stream().map(RankedItem::title).toList();
    }

    private <T> T asLeader(java.util.function.Supplier<T> work) {
        var result = new ArrayList<T>();
        new Race(users).as("leader", () -> result.add(work.get()));
        return result.get(0);
    }
}
