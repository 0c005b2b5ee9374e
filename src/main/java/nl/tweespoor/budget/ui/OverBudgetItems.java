package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Cells;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.Rollup;

/** The year's items over budget, a page at a time: there can be hundreds in a large portfolio. */
class OverBudgetItems extends Div {

    OverBudgetItems(BudgetService service, int year) {
        int count = service.countOverBudgetItems(year);
        if (count == 0) {
            add(new Paragraph(getTranslation("budget.none-over")));
            return;
        }
        var grid = new Grid<Rollup>();
        grid.addColumn(Cells.<Rollup>link(Rollup::key, Rollup::label))
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
        grid.setItems(q -> service.overBudgetItems(year, q.getOffset(), q.getLimit()).stream(), q -> count);
        grid.setPageSize(25);
        grid.setHeight(count > 8 ? "22rem" : null);
        grid.setAllRowsVisible(count <= 8);
        grid.setAriaLabel(getTranslation("budget.over-budget-items"));
        grid.setId("over-budget-items");
        add(grid);
    }
}
