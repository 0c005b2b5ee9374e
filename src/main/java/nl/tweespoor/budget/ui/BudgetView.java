package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import nl.tweespoor.base.PlanningHorizon;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.budget.BudgetOverview;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.Rollup;

/** Where the AI money goes in a year: per track against its envelope, per goal and department, and the balance. */
@Route("budget")
@Menu(title = "menu.budget", order = 5, icon = "vaadin:euro")
@PermitAll
public class BudgetView extends VerticalLayout implements HasDynamicTitle {

    private final BudgetService service;
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();
    private boolean mayPlan;

    public BudgetView(BudgetService service) {
        this.service = service;
        addClassName("budget-view");
        int thisYear = Year.now().getValue();
        year.setLabel(getTranslation("budget.year"));
        year.setItems(PlanningHorizon.budgetYears(Year.of(thisYear)));
        year.setValue(thisYear);
        year.setId("budget-year");
        year.addValueChangeListener(e -> refresh());
        content.setWidthFull();
        add(year, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        var overview = service.overview(year.getValue());
        mayPlan = service.mayPlan();
        content.add(balance(overview));
        overview.tracks().stream()
                .filter(Rollup::overEnvelope)
                .forEach(track -> content.add(alert(
                        getTranslation(
                                "budget.over-envelope",
                                getTranslation("track." + track.key()),
                                Formats.euros(track.planned().subtract(track.envelope()), getLocale())),
                        "warning")));
        content.add(new H2(getTranslation("budget.per-track")), trackSplit(overview), trackGrid(overview));
        if (mayPlan) {
            content.add(envelopeEditor(overview));
        }
        content.add(
                new H2(getTranslation("budget.per-goal")),
                rollupGrid(overview.goals(), "field.goal"),
                new H2(getTranslation("budget.per-department")),
                rollupGrid(overview.departments(), "field.department"),
                new H2(getTranslation("budget.over-budget-items")),
                overBudget(overview.year()));
    }

    private Div balance(BudgetOverview overview) {
        var balance = overview.balance();
        var text = getTranslation(
                "budget.balance",
                balance.sharePct(),
                balance.targetPct().stripTrailingZeros().toPlainString());
        var box = new Div(new Span(text));
        box.setId("balance");
        if (balance.belowTarget()) {
            box.add(new Paragraph(
                    getTranslation("budget.balance-alert", Formats.euros(balance.amountToMove(), getLocale()))));
            box.addClassNames("alert", "alert-danger");
            box.getElement().setAttribute("role", "alert");
        } else {
            box.addClassNames("alert", "alert-ok");
        }
        if (mayPlan) {
            var target = new BigDecimalField(getTranslation("field.redesign-target"));
            target.setValue(balance.targetPct());
            target.setSuffixComponent(new Span("%"));
            target.setId("redesign-target");
            var save = new Button(
                    getTranslation("action.save"),
                    e -> run(() -> service.setRedesignTarget(target.getValue(), overview.settingsVersion())));
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var row = new HorizontalLayout(target, save);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(row);
        }
        return box;
    }

    /** Personal versus strategic: each track's share of the planned budget against its share of the envelopes. */
    private Paragraph trackSplit(BudgetOverview overview) {
        var planned = overview.tracks().stream().map(Rollup::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        var envelopes = overview.tracks().stream().map(Rollup::envelope).reduce(BigDecimal.ZERO, BigDecimal::add);
        var parts = overview.tracks().stream()
                .map(track -> getTranslation(
                        "budget.split",
                        getTranslation("track." + track.key()),
                        percent(track.planned(), planned),
                        // a track's rollup always carries its envelope (zero when none is set)
                        percent(Objects.requireNonNull(track.envelope()), envelopes)))
                .toList();
        var text = new Paragraph(String.join(" · ", parts));
        text.setId("track-split");
        return text;
    }

    private String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0";
        }
        return Formats.number(
                part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP), getLocale());
    }

    private Grid<Rollup> trackGrid(BudgetOverview overview) {
        var grid = baseGrid(overview.tracks(), "budget.track", r -> getTranslation("track." + r.key()));
        grid.addColumn(r -> Formats.euros(r.envelope(), getLocale()))
                .setHeader(getTranslation("budget.envelope"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.overEnvelope()
                        ? Badges.of(getTranslation("budget.over-envelope-badge"), "stopped")
                        : new Span())
                .setAutoWidth(true)
                .setHeader(getTranslation("budget.flags"));
        grid.setId("budget-tracks");
        return grid;
    }

    private Grid<Rollup> rollupGrid(List<Rollup> rows, String labelKey) {
        var grid = baseGrid(rows, labelKey, Rollup::label);
        grid.addComponentColumn(
                        r -> r.overBudget() ? Badges.of(getTranslation("flag.OVER_BUDGET"), "stopped") : new Span())
                .setAutoWidth(true)
                .setHeader(getTranslation("budget.flags"));
        return grid;
    }

    private Grid<Rollup> baseGrid(List<Rollup> rows, String labelKey, ValueProvider<Rollup, String> label) {
        var grid = new Grid<Rollup>();
        grid.addColumn(label).setHeader(getTranslation(labelKey)).setFlexGrow(1);
        grid.addColumn(r -> Formats.euros(r.planned(), getLocale()))
                .setHeader(getTranslation("budget.planned"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.euros(r.actual(), getLocale()))
                .setHeader(getTranslation("budget.actual"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        // Roll-ups have one row per track, goal or department: short by nature.
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation(labelKey));
        return grid;
    }

    private HorizontalLayout envelopeEditor(BudgetOverview overview) {
        var row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (var track : Track.values()) {
            var current = overview.tracks().stream()
                    .filter(r -> r.key().equals(track.name()))
                    .findFirst()
                    .map(Rollup::envelope)
                    .orElse(BigDecimal.ZERO);
            var field =
                    new BigDecimalField(getTranslation("budget.envelope-of", getTranslation("track." + track.name())));
            field.setValue(current);
            field.setPrefixComponent(new Span("€"));
            field.setId("envelope-" + track.name().toLowerCase());
            int version = overview.totals().envelopeVersion(track);
            var save = new Button(
                    getTranslation("action.save"),
                    e -> run(() -> service.setEnvelope(track, overview.year(), field.getValue(), version)));
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(field, save);
        }
        return row;
    }

    /** The year's items over budget, a page at a time: there can be hundreds in a large portfolio. */
    private Div overBudget(int shownYear) {
        var box = new Div();
        int count = service.countOverBudgetItems(shownYear);
        if (count == 0) {
            box.add(new Paragraph(getTranslation("budget.none-over")));
            return box;
        }
        var grid = new Grid<Rollup>();
        grid.addComponentColumn(item -> new Anchor(item.key(), item.label()))
                .setHeader(getTranslation("field.title"))
                .setFlexGrow(1);
        grid.addColumn(r -> Formats.euros(r.actual(), getLocale()))
                .setHeader(getTranslation("budget.actual"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.euros(r.planned(), getLocale()))
                .setHeader(getTranslation("budget.planned"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.setItems(q -> service.overBudgetItems(shownYear, q.getOffset(), q.getLimit()).stream(), q -> count);
        grid.setPageSize(25);
        grid.setHeight(count > 8 ? "22rem" : null);
        grid.setAllRowsVisible(count <= 8);
        grid.setAriaLabel(getTranslation("budget.over-budget-items"));
        grid.setId("over-budget-items");
        box.add(grid);
        return box;
    }

    private Div alert(String text, String kind) {
        var alert = new Div(new Span(text));
        alert.addClassNames("alert", "alert-" + kind);
        alert.getElement().setAttribute("role", "status");
        return alert;
    }

    private void run(Runnable action) {
        if (Actions.attempt(action, getTranslation("message.saved"))) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.budget");
    }
}
