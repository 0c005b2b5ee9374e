package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.budget.BudgetLine;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.LineEdit;
import nl.tweespoor.budget.ReserveRefusedException;

/**
 * An item's planned and actual amounts, quarter by quarter, for one year; leaders plan, owners enter actuals. A plan
 * on an optimise item that eats into the redesign reserve is refused with the room left; a leader may then override
 * it with a reason ({@link ReserveOverrideDialog}).
 */
public class ItemBudgetPanel extends Div {

    private final BudgetService service;
    private final long initiativeId;
    private final boolean mayPlan;
    private final boolean mayEnterActuals;
    private final Select<Integer> year = new Select<>();
    private final Div table = new Div();
    private final List<Row> rows = new ArrayList<>();

    public ItemBudgetPanel(BudgetService service, long initiativeId, long ownerId) {
        this.service = service;
        this.initiativeId = initiativeId;
        this.mayPlan = service.mayPlan();
        this.mayEnterActuals = service.mayEnterActuals(ownerId);
        addClassName("item-budget");
        int thisYear = Year.now().getValue();
        year.setLabel(getTranslation("budget.year"));
        year.setItems(thisYear - 1, thisYear, thisYear + 1, thisYear + 2);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        table.addClassName("budget-table");
        add(new H3(getTranslation("budget.item-heading")), year, table);
        if (mayPlan || mayEnterActuals) {
            var save = new Button(getTranslation("budget.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            save.setId("budget-save");
            add(save);
        }
        refresh();
    }

    private void refresh() {
        table.removeAll();
        rows.clear();
        table.add(
                cell(getTranslation("budget.quarter"), "head"),
                cell(getTranslation("budget.planned"), "head"),
                cell(getTranslation("budget.actual"), "head"),
                cell("", "head"));
        var planned = BigDecimal.ZERO;
        var actual = BigDecimal.ZERO;
        for (var line : service.itemLines(initiativeId, year.getValue())) {
            var row = new Row(
                    line,
                    amountField(line.planned(), mayPlan, "budget.planned", line.quarter()),
                    amountField(line.actual(), mayEnterActuals, "budget.actual", line.quarter()));
            rows.add(row);
            table.add(
                    cell(line.quarter(), "quarter"),
                    row.planned,
                    row.actual,
                    line.overBudget() ? Badges.of(getTranslation("flag.OVER_BUDGET"), "stopped") : new Span());
            planned = planned.add(line.planned());
            actual = actual.add(line.actual());
        }
        table.add(
                cell(getTranslation("budget.total"), "total"),
                cell(Formats.euros(planned, getLocale()), "total"),
                cell(Formats.euros(actual, getLocale()), "total"),
                new Span());
        var toDate = service.itemToDate(initiativeId);
        table.add(
                cell(getTranslation("budget.to-date"), "total"),
                cell(Formats.euros(toDate.planned(), getLocale()), "total"),
                cell(Formats.euros(toDate.actual(), getLocale()), "total"),
                toDate.overBudget() ? Badges.of(getTranslation("flag.OVER_BUDGET"), "stopped") : new Span());
    }

    private BigDecimalField amountField(BigDecimal value, boolean editable, String labelKey, String quarter) {
        var field = new BigDecimalField();
        field.setValue(value);
        field.setReadOnly(!editable);
        field.setPrefixComponent(new Span("€"));
        field.setAriaLabel(getTranslation(labelKey) + " " + quarter);
        field.addClassName("amount-field");
        return field;
    }

    private void save() {
        var edits = rows.stream()
                .map(row -> new LineEdit(
                        row.line.quarter(), row.planned.getValue(), row.actual.getValue(), row.line.version()))
                .toList();
        // A plan past the redesign reserve: a leader may save it anyway with a reason; the input stays either way.
        Actions.attempt(() -> {
            try {
                service.saveLines(initiativeId, edits);
            } catch (ReserveRefusedException refusal) {
                if (!mayPlan) {
                    throw refusal;
                }
                new ReserveOverrideDialog(refusal, reason -> {
                            service.saveLinesOverridingReserve(initiativeId, edits, reason);
                            refresh();
                        })
                        .open();
                return;
            }
            ErrorMessages.success(getTranslation("message.saved"));
            refresh();
        });
    }

    private static Span cell(String text, String kind) {
        var span = new Span(text);
        span.addClassName("budget-" + kind);
        return span;
    }

    private record Row(BudgetLine line, BigDecimalField planned, BigDecimalField actual) {}
}
