package nl.tweespoor.benefits.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.benefits.BenefitsService;
import nl.tweespoor.benefits.HoursSaved;

/**
 * Benefits that add up: the personal track's hours saved as hours per year and FTE in total, per department and per
 * goal (beside the goal's KPI progress), the adoption and satisfaction trend, and each experiment's cost per hour
 * saved. The lists page through the database; every sum is made there.
 */
@Route("benefits")
@Menu(title = "menu.benefits", order = 2.7, icon = "vaadin:trending-up")
@PermitAll
public class BenefitsView extends VerticalLayout implements HasDynamicTitle {

    public BenefitsView(BenefitsService benefits) {
        addClassName("list-view");
        addClassName("benefits-view");
        var totals = benefits.totals();
        add(
                new Paragraph(getTranslation("benefits.intro", HoursSaved.WORKING_WEEKS, totals.hoursPerFte())),
                new BenefitFigures(totals),
                new H2(getTranslation("benefits.trend")),
                new Paragraph(getTranslation("benefits.trend-intro")),
                new AdoptionTrendChart(benefits.adoptionTrend()),
                new H2(getTranslation("benefits.per-department")),
                new DepartmentBenefitGrid(benefits),
                new H2(getTranslation("benefits.per-goal")),
                new Paragraph(getTranslation("benefits.per-goal-intro")),
                new GoalBenefitGrid(benefits),
                new H2(getTranslation("benefits.per-experiment")),
                new Paragraph(getTranslation("benefits.per-experiment-intro")),
                new CostPerHourGrid(benefits));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.benefits");
    }
}
