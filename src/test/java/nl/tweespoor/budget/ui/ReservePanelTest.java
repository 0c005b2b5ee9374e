package nl.tweespoor.budget.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.budget.Reserve;
import nl.tweespoor.budget.ReserveOverride;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.initiative.ui.ProgrammeDetailView;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The redesign reserve in the running app, without a browser: the budget page's reserve panel (figures, a leader's
 * amount or share, the version check, read-only for others, the overrides) and the override dialog on an item's
 * budget. Rolled back after each test.
 */
@Transactional
class ReservePanelTest extends BrowserlessUiTest {

    private static final int YEAR = Year.now().getValue();

    // Demo: an OPTIMISE programme with a budget this year.
    private static final String OPTIMISE = "Fraudedetectie bij schademeldingen";

    @Autowired
    ReserveService reserves;

    @Autowired
    DSLContext db;

    private BigDecimalField field(String id) {
        return $(BigDecimalField.class).id(id);
    }

    private String figures() {
        return $(DescriptionList.class).id("reserve-figures").getElement().getTextRecursively();
    }

    private String euros(BigDecimal amount) {
        return Formats.euros(amount, Translations.DUTCH);
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_sets_the_reserve_and_the_panel_shows_reserve_used_free_and_optimise_room() {
        var envelopes = reserves.reserve(YEAR).envelopes();
        var amount = envelopes.divide(BigDecimal.TEN).setScale(2);
        navigate(BudgetView.class);

        test(field("reserve-amount")).setValue(amount);
        test($(Button.class).id("reserve-save")).click();

        var reserve = reserves.reserve(YEAR);
        assertThat(reserve.amount()).isEqualByComparingTo(amount);
        assertThat(figures())
                .contains(euros(reserve.amount()))
                .contains(euros(reserve.usedByRedesign()))
                .contains(euros(reserve.free()))
                .contains(euros(reserve.optimiseRoom()));
        assertThat(field("reserve-amount").getValue()).isEqualByComparingTo(amount);
    }

    @Test
    @WithUserDetails("leader")
    void a_share_of_the_envelopes_converts_to_the_amount() {
        var envelopes = reserves.reserve(YEAR).envelopes();
        navigate(BudgetView.class);

        test(field("reserve-share")).setValue(new BigDecimal("25"));

        assertThat(field("reserve-amount").getValue()).isEqualByComparingTo(envelopes.multiply(new BigDecimal("0.25")));
        assertThat(field("reserve-share").isInvalid()).isFalse();
    }

    @Test
    @WithUserDetails("leader")
    void a_share_above_100_percent_is_marked_with_a_message_and_the_amount_stays() {
        navigate(BudgetView.class);
        var before = field("reserve-amount").getValue();

        test(field("reserve-share")).setValue(new BigDecimal("120"));

        assertThat(field("reserve-share").isInvalid()).isTrue();
        assertThat(field("reserve-share").getErrorMessage()).isEqualTo(text("reserve.share-invalid"));
        assertThat(field("reserve-amount").getValue()).isEqualByComparingTo(before);
    }

    @Test
    @WithUserDetails("leader")
    void a_reserve_above_the_envelopes_is_refused_in_the_users_language_and_the_input_stays() {
        var envelopes = reserves.reserve(YEAR).envelopes();
        var tooMuch = envelopes.add(BigDecimal.ONE);
        navigate(BudgetView.class);

        test(field("reserve-amount")).setValue(tooMuch);
        test($(Button.class).id("reserve-save")).click();

        assertThat(lastNotification()).isEqualTo(text("reserve.above-envelopes", YEAR, envelopes));
        assertThat(field("reserve-amount").getValue()).isEqualByComparingTo(tooMuch);
        assertThat(reserves.reserve(YEAR).amount()).isNotEqualByComparingTo(tooMuch);
    }

    @Test
    @WithUserDetails("leader")
    void a_negative_reserve_is_refused_with_a_plain_message() {
        navigate(BudgetView.class);

        test(field("reserve-amount")).setValue(new BigDecimal("-1"));
        test($(Button.class).id("reserve-save")).click();

        assertThat(lastNotification()).isEqualTo(text("validation.not-negative", text("field.amount")));
    }

    @Test
    @WithUserDetails("leader")
    void a_second_leader_saving_over_a_changed_reserve_is_told_and_keeps_the_amount_typed() {
        var before = reserves.reserve(YEAR);
        navigate(BudgetView.class);
        var theirs = before.envelopes().divide(new BigDecimal("5")).setScale(2);
        var mine = before.envelopes().divide(new BigDecimal("4")).setScale(2);
        // Another leader saves while this one has the page open.
        reserves.setReserve(YEAR, theirs, before.version());

        test(field("reserve-amount")).setValue(mine);
        test($(Button.class).id("reserve-save")).click();

        assertThat(lastNotification()).isEqualTo(text("reserve.changed-meanwhile", euros(theirs)));
        assertThat(field("reserve-amount").getValue()).isEqualByComparingTo(mine);
        assertThat(reserves.reserve(YEAR).amount()).isEqualByComparingTo(theirs);

        // Having been told, saving again replaces the other leader's amount on purpose.
        test($(Button.class).id("reserve-save")).click();

        assertThat(reserves.reserve(YEAR).amount()).isEqualByComparingTo(mine);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_reserve_without_the_editor() {
        navigate(BudgetView.class);

        assertThat(figures()).contains(euros(reserves.reserve(YEAR).optimiseRoom()));
        assertThat($(BigDecimalField.class).all())
                .extracting(f -> f.getId().orElse(""))
                .doesNotContain("reserve-amount", "reserve-share");
        assertThat($(Button.class).all()).extracting(b -> b.getId().orElse("")).doesNotContain("reserve-save");
    }

    @Test
    @WithUserDetails("leader")
    @SuppressWarnings("unchecked")
    void a_refused_optimise_plan_shows_the_room_left_and_a_leaders_override_with_a_reason_lets_it_through() {
        noRoomForOptimisingAndOpenTheOptimiseItem();
        var q1 = plannedField(YEAR + "-Q1");
        var typed = q1.getValue().add(new BigDecimal("1000"));

        test(q1).setValue(typed);
        test($(Button.class).id("budget-save")).click();

        var dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(test($(Paragraph.class).id("reserve-refusal")).getText())
                .isEqualTo(text("reserve.refused", YEAR, BigDecimal.ZERO));

        // Without a reason the override is refused and the dialog stays open.
        test($(Button.class).id("reserve-override")).click();
        assertThat(lastNotification()).isEqualTo(text("reserve.override-reason-required"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(plannedField(YEAR + "-Q1").getValue()).isEqualByComparingTo(typed);

        test($(TextArea.class).id("reserve-override-reason")).setValue("Contractueel toegezegd aan de toezichthouder.");
        test($(Button.class).id("reserve-override")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(plannedField(YEAR + "-Q1").getValue()).isEqualByComparingTo(typed);
        assertThat(reserves.overrides(YEAR, 0, 1))
                .first()
                .extracting(ReserveOverride::title, ReserveOverride::reason)
                .containsExactly(OPTIMISE, "Contractueel toegezegd aan de toezichthouder.");

        navigate(BudgetView.class);
        Grid<ReserveOverride> overrides = $(Grid.class).id("reserve-overrides");
        assertThat(test(overrides).getRow(0).reason()).isEqualTo("Contractueel toegezegd aan de toezichthouder.");
    }

    @Test
    @WithUserDetails("leader")
    void cancelling_the_override_saves_nothing_and_keeps_the_input() {
        var reserve = noRoomForOptimisingAndOpenTheOptimiseItem();
        var before = plannedField(YEAR + "-Q2").getValue();
        var typed = before.add(new BigDecimal("500"));

        test(plannedField(YEAR + "-Q2")).setValue(typed);
        test($(Button.class).id("budget-save")).click();
        test($(Button.class).id("reserve-override-cancel")).click();

        assertThat(plannedField(YEAR + "-Q2").getValue()).isEqualByComparingTo(typed);
        assertThat(reserves.reserve(YEAR).optimisePlanned()).isEqualByComparingTo(reserve.optimisePlanned());
        assertThat(reserves.reserve(YEAR).overrides()).isEqualTo(reserve.overrides());
    }

    /** Leaves optimising no room at all (any increase on an optimise item eats into the reserve), opens the item. */
    private Reserve noRoomForOptimisingAndOpenTheOptimiseItem() {
        var reserve = reserves.reserve(YEAR);
        reserves.setReserve(
                YEAR, reserve.envelopes().subtract(reserve.optimisePlanned()).max(BigDecimal.ZERO), reserve.version());
        long id = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(OPTIMISE))
                .fetchSingle()
                .value1();
        navigate(ProgrammeDetailView.class, Map.of("id", String.valueOf(id)));
        return reserve;
    }

    private BigDecimalField plannedField(String quarter) {
        var label = text("budget.planned") + " " + quarter;
        return $(BigDecimalField.class).all().stream()
                .filter(f -> label.equals(f.getAriaLabel().orElse("")))
                .findFirst()
                .orElseThrow();
    }
}
