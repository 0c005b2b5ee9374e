package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.function.Consumer;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.budget.BudgetOverview;
import nl.tweespoor.budget.BudgetService;

/** The redesign balance of the year against its target, an alert when below it, and for leaders the target itself. */
class BalancePanel extends Div {

    /**
     * @param save runs a change and shows the page afresh when it succeeds
     */
    BalancePanel(BudgetService service, BudgetOverview overview, boolean mayPlan, Consumer<Runnable> save) {
        var balance = overview.balance();
        var text = getTranslation(
                "budget.balance",
                balance.sharePct(),
                balance.targetPct().stripTrailingZeros().toPlainString());
        add(new Span(text));
        setId("balance");
        if (balance.belowTarget()) {
            add(new Paragraph(
                    getTranslation("budget.balance-alert", Formats.euros(balance.amountToMove(), getLocale()))));
            addClassNames("alert", "alert-danger");
            getElement().setAttribute("role", "alert");
        } else {
            addClassNames("alert", "alert-ok");
        }
        if (mayPlan) {
            var target = new BigDecimalField(getTranslation("field.redesign-target"));
            target.setValue(balance.targetPct());
            target.setSuffixComponent(new Span("%"));
            target.setId("redesign-target");
            var button = new Button(
                    getTranslation("action.save"),
                    e -> save.accept(() -> service.setRedesignTarget(target.getValue(), overview.settingsVersion())));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var row = new HorizontalLayout(target, button);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(row);
        }
    }
}
