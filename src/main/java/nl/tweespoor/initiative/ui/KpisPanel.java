package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.initiative.Kpi;
import nl.tweespoor.initiative.ProgrammePlanService;
import org.jspecify.annotations.Nullable;

/** A programme's KPIs: baseline, target, actual and progress towards the target, and their trend over the quarters. */
class KpisPanel extends Div {

    private final ProgrammePlanService plans;
    private final long programmeId;
    private final Grid<Kpi> grid = new Grid<>();
    private final Div trend = new Div();

    KpisPanel(ProgrammePlanService plans, long programmeId, boolean editable) {
        this.plans = plans;
        this.programmeId = programmeId;
        addClassName("plan-panel");
        add(new H3(getTranslation("kpi.heading")));
        // a KPI is known by its name: it wraps rather than being cut to a few letters beside four number columns
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("kpi-grid");
        grid.addColumn(Kpi::name)
                .setHeader(getTranslation("kpi.name"))
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(k -> number(k.baseline()) + " " + k.unit())
                .setHeader(getTranslation("kpi.baseline"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(k -> number(k.target()) + " " + k.unit())
                .setHeader(getTranslation("kpi.target"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(k -> k.actual() == null ? getTranslation("value.none") : number(k.actual()) + " " + k.unit())
                .setHeader(getTranslation("kpi.actual"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::progress)
                .setHeader(getTranslation("kpi.progress"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("kpi.heading"));
        if (editable) {
            grid.addItemClickListener(e -> edit(e.getItem()));
            var add = new Button(getTranslation("kpi.add"), e -> edit(new Kpi(null, "", "", null, null, null, 0)));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("kpi-add");
            add(add);
        }
        add(grid, trend);
        refresh();
    }

    private Div progress(Kpi kpi) {
        var pct = kpi.progressPct();
        if (pct == null) {
            return new Div(getTranslation("value.none"));
        }
        var bar = new ProgressBar(0, 100, pct);
        bar.getElement().setAttribute("aria-label", getTranslation("kpi.progress-of", kpi.name(), pct));
        var text = new Div(pct + "%");
        text.addClassName("kpi-pct");
        var cell = new Div(bar, text);
        cell.addClassName("kpi-progress");
        return cell;
    }

    /** A programme has a handful of KPIs: the grid holds them all, and the trend is drawn from the same list. */
    private void refresh() {
        var kpis = plans.kpis(programmeId);
        grid.setItems(kpis);
        trend.removeAll();
        trend.add(new KpiTrend(kpis, plans.kpiTrend(programmeId)));
    }

    private void edit(Kpi kpi) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(kpi.id() == null ? "kpi.add" : "kpi.edit"));
        var name = new TextField(getTranslation("kpi.name"));
        name.setValue(kpi.name());
        name.setRequired(true);
        name.setMaxLength(Kpi.MAX_NAME);
        var unit = new TextField(getTranslation("kpi.unit"));
        unit.setValue(kpi.unit());
        unit.setRequired(true);
        unit.setMaxLength(Kpi.MAX_UNIT);
        var baseline = decimal("kpi.baseline", kpi.baseline());
        var target = decimal("kpi.target", kpi.target());
        target.setRequiredIndicatorVisible(true);
        var actual = decimal("kpi.actual", kpi.actual());
        dialog.add(new FormLayout(name, unit, baseline, target, actual));
        var save = new Button(
                getTranslation("action.save"),
                e -> run(
                        dialog,
                        () -> plans.saveKpi(
                                programmeId,
                                new Kpi(
                                        kpi.id(),
                                        name.getValue(),
                                        unit.getValue(),
                                        baseline.getValue(),
                                        target.getValue(),
                                        actual.getValue(),
                                        kpi.version()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        if (kpi.id() != null) {
            var delete = new Button(
                    getTranslation("action.delete"), e -> run(dialog, () -> plans.deleteKpi(programmeId, kpi)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(delete);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    private BigDecimalField decimal(String labelKey, @Nullable BigDecimal value) {
        var field = new BigDecimalField(getTranslation(labelKey));
        field.setValue(value);
        return field;
    }

    private void run(Dialog dialog, Runnable action) {
        if (Actions.attempt(action)) {
            dialog.close();
            refresh();
        }
    }

    private String number(@Nullable BigDecimal value) {
        return value == null ? "" : Formats.number(value, getLocale());
    }
}
