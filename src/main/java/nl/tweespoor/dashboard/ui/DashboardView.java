package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Year;
import nl.tweespoor.base.Track;
import nl.tweespoor.benefits.AmbitionMirrorService;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.dashboard.DashboardService;
import nl.tweespoor.governance.MatrixService;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.journey.JourneyService;
import nl.tweespoor.status.FlagService;

/**
 * What a board member needs in one look: budget per track, the redesign share and its mirror over the quarters, items
 * per stage, red/amber/green, flags, the redesign reserve and the next review. Every chart has its numbers as text beside it; clicking a bar opens the matching list.
 */
@Route("")
@Menu(title = "menu.dashboard", order = 1, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(
            DashboardService dashboard,
            BudgetService budgets,
            FlagService flagService,
            FragmentationService fragmentation,
            MatrixService principles,
            AmbitionMirrorService mirror,
            JourneyService journeys,
            ReserveService reserves) {
        addClassName("dashboard-view");
        var totals = budgets.yearTotals(Year.now().getValue());
        var counts = dashboard.itemsPerTrackAndStage();
        add(
                row(
                        new NextReviewCard(dashboard),
                        new FlagsCard(flagService.activeFlagCounts()),
                        new BalanceCard(totals)),
                row(
                        new BudgetCard(totals),
                        new RagCard(dashboard.latestRagOfActiveItems()),
                        new GovernanceCard(fragmentation, principles)),
                row(new AmbitionMirrorCard(mirror.mirror())),
                row(new TrackCard(Track.PERSONAL, counts), new TrackCard(Track.STRATEGIC, counts)),
                row(new ReserveCard(reserves.reserve(Year.now().getValue())), new JourneyCard(journeys)));
    }

    private static Div row(Card... cards) {
        var row = new Div(cards);
        row.addClassName("card-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
