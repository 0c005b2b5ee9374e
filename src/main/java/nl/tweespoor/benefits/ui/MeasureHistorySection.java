package nl.tweespoor.benefits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.function.Function;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.ItemPageSection;
import nl.tweespoor.benefits.BenefitsService;
import nl.tweespoor.benefits.MeasureHistory.Measured;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;

/** On an experiment's page: what it measured in each of the last quarters, as kept at every save of its measures. */
@org.springframework.stereotype.Component
@Order(5)
class MeasureHistorySection implements ItemPageSection {

    private final BenefitsService benefits;

    MeasureHistorySection(BenefitsService benefits) {
        this.benefits = benefits;
    }

    @Override
    public Component create(long initiativeId) {
        var history = benefits.measureHistory(initiativeId);
        var box = new Div();
        if (!history.experiment()) {
            box.setVisible(false);
            return box;
        }
        var ui = UI.getCurrent();
        box.addClassName("status-panel");
        box.setId("measure-history");
        box.add(new H3(ui.getTranslation("benefits.history")));
        if (history.quarters().isEmpty()) {
            box.add(new Paragraph(ui.getTranslation("benefits.history-none", BenefitsService.TREND_QUARTERS)));
            return box;
        }
        // One row per quarter, at most BenefitsService.TREND_QUARTERS of them.
        var grid = new Grid<Measured>();
        grid.addColumn(Measured::quarter)
                .setHeader(ui.getTranslation("mirror.quarter"))
                .setFlexGrow(1);
        column(
                grid,
                ui,
                "field.participants",
                m -> m.participants() == null ? null : BigDecimal.valueOf(m.participants()));
        column(grid, ui, "field.hours-saved", Measured::hoursSavedPerWeek);
        column(grid, ui, "field.adoption", Measured::adoptionPct);
        column(grid, ui, "field.satisfaction", Measured::satisfaction);
        grid.setItems(history.quarters());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(ui.getTranslation("benefits.history"));
        box.add(grid);
        return box;
    }

    private static void column(
            Grid<Measured> grid, UI ui, String headerKey, Function<Measured, @Nullable BigDecimal> value) {
        grid.addColumn(m -> {
                    var number = value.apply(m);
                    return number == null ? ui.getTranslation("value.none") : Formats.number(number, ui.getLocale());
                })
                .setHeader(ui.getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }
}
