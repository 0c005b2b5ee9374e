package nl.tweespoor.benefits.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.benefits.BenefitsService;
import nl.tweespoor.benefits.DepartmentBenefit;

/** Hours saved per department, most first, read a page at a time. */
class DepartmentBenefitGrid extends Grid<DepartmentBenefit> {

    DepartmentBenefitGrid(BenefitsService benefits) {
        setId("benefits-departments");
        setAriaLabel(getTranslation("benefits.per-department"));
        setHeight("18rem");
        addColumn(DepartmentBenefit::department)
                .setHeader(getTranslation("field.department"))
                .setFlexGrow(1);
        addColumn(DepartmentBenefit::experiments)
                .setHeader(getTranslation("benefits.experiments"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(DepartmentBenefit::participants)
                .setHeader(getTranslation("benefits.participants"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(d -> Formats.number(d.hours().perYear(), getLocale()))
                .setHeader(getTranslation("benefits.hours-per-year"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(d -> Formats.number(d.hours().fte(), getLocale()))
                .setHeader(getTranslation("benefits.fte"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        setItems(
                query -> benefits.departments(new PageRequest(query.getOffset(), query.getLimit(), List.of())).stream(),
                query -> benefits.departmentCount());
    }
}
