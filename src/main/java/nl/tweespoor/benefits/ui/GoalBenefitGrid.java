package nl.tweespoor.benefits.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.benefits.BenefitsService;
import nl.tweespoor.benefits.GoalBenefit;

/** Per strategic goal: its experiments' hours saved and its programmes' KPI progress, a page at a time. */
class GoalBenefitGrid extends Grid<GoalBenefit> {

    GoalBenefitGrid(BenefitsService benefits) {
        setId("benefits-goals");
        setAriaLabel(getTranslation("benefits.per-goal"));
        setHeight("16rem");
        addColumn(GoalBenefit::goal).setHeader(getTranslation("benefits.goal")).setFlexGrow(1);
        end(addColumn(GoalBenefit::experiments), "benefits.experiments");
        end(addColumn(g -> Formats.number(g.hours().perYear(), getLocale())), "benefits.hours-per-year");
        end(addColumn(g -> Formats.number(g.hours().fte(), getLocale())), "benefits.fte");
        end(addColumn(GoalBenefit::programmes), "benefits.programmes");
        end(addColumn(GoalBenefit::kpis), "benefits.kpis");
        end(
                addColumn(g -> g.kpiProgressPct() == null ? getTranslation("value.none") : g.kpiProgressPct() + "%"),
                "benefits.kpi-progress");
        end(addColumn(GoalBenefit::kpisOnTarget), "benefits.kpis-on-target");
        setItems(
                query -> benefits.goals(new PageRequest(query.getOffset(), query.getLimit(), List.of())).stream(),
                query -> benefits.goalCount());
    }

    private void end(Column<GoalBenefit> column, String headerKey) {
        column.setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }
}
