package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Year;
import nl.tweespoor.base.PlanningHorizon;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.budget.Rollup;
import nl.tweespoor.export.ui.ExportLinks;

/**
 * Where the AI money goes in a year: the balance ({@link BalancePanel}), per track against its envelope
 * ({@link TrackSplit}, {@link RollupGrid}, for leaders the {@link EnvelopeEditor}), the redesign reserve
 * ({@link ReservePanel}), per goal and department, and the items over budget ({@link OverBudgetItems}).
 */
@Route("budget")
@Menu(title = "menu.budget", order = 5, icon = "vaadin:euro")
@PermitAll
public class BudgetView extends VerticalLayout implements HasDynamicTitle {

    private final BudgetService service;
    private final ReserveService reserves;
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();

    /** The year shown, for a download (which runs in a request of its own). */
    private volatile int shownYear;

    public BudgetView(BudgetService service, ReserveService reserves) {
        this.service = service;
        this.reserves = reserves;
        addClassName("budget-view");
        int thisYear = Year.now().getValue();
        year.setLabel(getTranslation("budget.year"));
        year.setItems(PlanningHorizon.budgetYears(Year.of(thisYear)));
        year.setValue(thisYear);
        year.setId("budget-year");
        year.addValueChangeListener(e -> refresh());
        content.setWidthFull();
        var rollups = new ExportLinks(
                "budget-rollups",
                "budget.export.rollups",
                (format, locale, out) -> service.exportRollups(shownYear, format, locale, out));
        var lines = new ExportLinks(
                "budget-lines",
                "budget.export.lines",
                (format, locale, out) -> service.exportLines(shownYear, format, locale, out));
        var top = new HorizontalLayout(year, rollups, lines);
        // the download links line up with the field, not with its label
        top.setAlignItems(FlexComponent.Alignment.END);
        top.setWrap(true);
        add(top, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        shownYear = year.getValue();
        var overview = service.overview(shownYear);
        boolean mayPlan = service.mayPlan();
        content.add(new BalancePanel(service, overview, mayPlan, this::run));
        overview.tracks().stream()
                .filter(Rollup::overEnvelope)
                .forEach(track -> content.add(alert(getTranslation(
                        "budget.over-envelope",
                        getTranslation("track." + track.key()),
                        Formats.euros(track.planned().subtract(track.envelope()), getLocale())))));
        content.add(
                new H2(getTranslation("budget.per-track")),
                new TrackSplit(overview),
                RollupGrid.perTrack(overview.tracks()));
        if (mayPlan) {
            content.add(new EnvelopeEditor(service, overview, this::run));
        }
        content.add(new ReservePanel(reserves, overview.year(), mayPlan, this::refresh));
        content.add(
                new H2(getTranslation("budget.per-goal")),
                RollupGrid.perGroup(overview.goals(), "field.goal"),
                new H2(getTranslation("budget.per-department")),
                RollupGrid.perGroup(overview.departments(), "field.department"),
                new H2(getTranslation("budget.over-budget-items")),
                new OverBudgetItems(service, overview.year()));
    }

    private Div alert(String text) {
        var alert = new Div(new Span(text));
        alert.addClassNames("alert", "alert-warning");
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
