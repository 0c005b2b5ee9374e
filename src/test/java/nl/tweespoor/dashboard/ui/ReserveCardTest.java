package nl.tweespoor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.budget.ui.BudgetView;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.InOneRequest;
import nl.tweespoor.support.MorePortfolio;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 13: the dashboard shows this year's redesign reserve, used by redesign, free, optimise room and the overrides,
 * read in one statement however many items there are. Rolled back after each test.
 */
@Transactional
class ReserveCardTest extends BrowserlessUiTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    ReserveService reserves;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_card_shows_the_reserve_used_free_room_and_overrides_of_this_year() {
        navigate(DashboardView.class);
        var card = $(Div.class).id("card-reserve");
        var reserve = reserves.reserve(YEAR);

        var text = card.getElement().getTextRecursively();
        assertThat(text)
                .contains(euros(reserve.amount()))
                .contains(text("reserve.used") + ": " + euros(reserve.usedByRedesign()))
                .contains(text("reserve.free") + ": " + euros(reserve.free()))
                .contains(text("reserve.optimise-room") + ": " + euros(reserve.optimiseRoom()))
                .contains(text("dashboard.reserve-overrides") + ": " + reserve.overrides());
        assertThat($(ListItem.class, card).all()).hasSize(4);
    }

    @Test
    @WithUserDetails("leader")
    void a_reserve_set_by_a_leader_is_on_the_dashboard() {
        var before = reserves.reserve(YEAR);
        var amount = before.envelopes().divide(new BigDecimal("3"), 2, RoundingMode.DOWN);
        reserves.setReserve(YEAR, amount, before.version());

        // The dashboard is the start page, built before the reserve changed: open it afresh.
        navigate(BudgetView.class);
        navigate(DashboardView.class);

        assertThat($(Div.class).id("card-reserve").getElement().getTextRecursively())
                .contains(euros(amount));
    }

    @Test
    @WithUserDetails("viewer")
    void the_reserve_is_one_statement_on_the_demo_data_and_with_two_thousand_more_items() {
        assertThat(InOneRequest.statements(() -> reserves.reserve(YEAR))).isEqualTo(1);

        MorePortfolio.add(db, 2_000);

        assertThat(InOneRequest.statements(() -> reserves.reserve(YEAR))).isEqualTo(1);
    }

    private static String euros(BigDecimal amount) {
        return Formats.euros(amount, Translations.DUTCH);
    }
}
