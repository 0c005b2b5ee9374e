package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.chart.BarChartOption;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.YearTotals;
import nl.tweespoor.dashboard.DashboardService;
import nl.tweespoor.dashboard.RagCount;
import nl.tweespoor.dashboard.StageCount;
import nl.tweespoor.governance.MatrixService;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.Flag;
import nl.tweespoor.status.FlagService;
import nl.tweespoor.status.Rag;

/**
 * What a board member needs in one look: budget per track, the redesign share, items per stage, red/amber/green,
 * flags and the next review. Every chart has its numbers as text beside it; clicking a bar opens the matching list.
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
            MatrixService principles) {
        addClassName("dashboard-view");
        int year = Year.now().getValue();
        var totals = budgets.yearTotals(year);
        var top = new Div(nextReview(dashboard), flags(flagService.activeFlagCounts()), balance(totals));
        top.addClassName("card-row");
        var middle = new Div(
                budgetCard(totals),
                ragCard(dashboard.latestRagOfActiveItems()),
                new GovernanceCard(fragmentation, principles));
        middle.addClassName("card-row");
        var counts = dashboard.itemsPerTrackAndStage();
        var bottom = new Div(trackCard(Track.PERSONAL, counts), trackCard(Track.STRATEGIC, counts));
        bottom.addClassName("card-row");
        add(top, middle, bottom);
    }

    private Div nextReview(DashboardService dashboard) {
        var card = card("dashboard.next-review");
        dashboard
                .nextReview()
                .ifPresentOrElse(
                        review -> card.add(new Paragraph(new Span(getTranslation(
                                "dashboard.review-line",
                                review.quarter(),
                                getTranslation("review.status." + review.status()))))),
                        () -> card.add(new Paragraph(getTranslation("dashboard.no-review"))));
        card.setId("card-next-review");
        return card;
    }

    /** Active items per flag; over budget and unfunded link to where they are dealt with. */
    private Div flags(Map<Flag, Long> counts) {
        var card = card("dashboard.flags");
        var list = new UnorderedList();
        list.addClassName("stage-counts");
        for (var flag : Flag.values()) {
            int count = counts.getOrDefault(flag, 0L).intValue();
            var target = switch (flag) {
                case OVER_BUDGET -> "budget";
                case UNFUNDED -> "priorities";
                case PRINCIPLE_GAP -> "principles/matrix";
                case HIGH_RISK -> "governance#risk-portfolio";
                default -> "reviews";
            };
            list.add(countLine(getTranslation("flag." + flag.name()), count, target));
        }
        card.add(list);
        card.setId("card-flags");
        return card;
    }

    private Div balance(YearTotals totals) {
        var card = card("dashboard.redesign-share");
        var balance = totals.balance();
        var share = new Span(Formats.number(balance.sharePct(), getLocale()) + "%");
        share.addClassName("big-number");
        card.add(
                share,
                new Paragraph(getTranslation(
                        "dashboard.target", Formats.number(balance.targetPct().stripTrailingZeros(), getLocale()))));
        if (balance.belowTarget()) {
            var alert = new Paragraph(
                    getTranslation("budget.balance-alert", Formats.euros(balance.amountToMove(), getLocale())));
            alert.addClassNames("alert", "alert-danger");
            alert.getElement().setAttribute("role", "alert");
            card.add(alert);
        }
        card.setId("card-balance");
        return card;
    }

    private Div budgetCard(YearTotals totals) {
        var card = card("dashboard.budget-per-track");
        var tracks = totals.tracks();
        var option = new BarChartOption().description(getTranslation("dashboard.budget-per-track"));
        tracks.forEach(track -> option.category(track.key(), getTranslation("track." + track.key())));
        option.series(
                        "planned",
                        getTranslation("budget.planned"),
                        "#1d4e89",
                        tracks.stream().map(r -> r.planned()).toList())
                .series(
                        "actual",
                        getTranslation("budget.actual"),
                        "#0b6e4f",
                        tracks.stream().map(r -> r.actual()).toList())
                .series(
                        "envelope",
                        getTranslation("budget.envelope"),
                        "#9a6b00",
                        tracks.stream().map(r -> r.envelope()).toList());
        var chart = new Chart(option.toJson());
        chart.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("budget")));
        var text = new UnorderedList();
        text.addClassName("chart-text");
        tracks.forEach(track -> text.add(new ListItem(getTranslation(
                "dashboard.budget-line",
                getTranslation("track." + track.key()),
                Formats.euros(track.planned(), getLocale()),
                Formats.euros(track.actual(), getLocale()),
                Formats.euros(track.envelope(), getLocale())))));
        card.add(chart, text);
        card.setId("card-budget");
        return card;
    }

    private Div ragCard(List<RagCount> rags) {
        var card = card("dashboard.rag");
        var option = new BarChartOption()
                .horizontal()
                .description(getTranslation("dashboard.rag"))
                .categoryColors(List.of("#0b6e4f", "#b06d00", "#b3261e"));
        var order = List.of(Rag.values());
        order.forEach(rag -> option.category(rag.name(), getTranslation("rag." + rag.name())));
        var values = order.stream()
                .map(rag -> rags.stream()
                        .filter(r -> r.rag() == rag)
                        .mapToInt(RagCount::count)
                        .sum())
                .toList();
        option.series("items", getTranslation("dashboard.items"), "#1d4e89", values);
        var chart = new Chart(option.toJson());
        chart.setHeight("12rem");
        var text = new UnorderedList();
        text.addClassName("chart-text");
        for (int i = 0; i < order.size(); i++) {
            text.add(new ListItem(getTranslation("rag." + order.get(i)) + ": " + values.get(i)));
        }
        card.add(chart, text);
        card.setId("card-rag");
        return card;
    }

    private Div trackCard(Track track, List<StageCount> counts) {
        var ofTrack = counts.stream().filter(count -> count.track() == track).toList();
        int total = ofTrack.stream().mapToInt(StageCount::count).sum();
        var card = new Div(new H2(getTranslation("track." + track.name())));
        var totalLine =
                new Span(getTranslation(track == Track.PERSONAL ? "experiment.count" : "programme.count", total));
        totalLine.addClassName("card-total");
        card.add(totalLine);
        var option = new BarChartOption().description(getTranslation("dashboard.items-per-stage"));
        var list = new UnorderedList();
        list.addClassName("stage-counts");
        var values = new ArrayList<Integer>();
        // Every stage of the track, in lifecycle order, zero included: an empty stage is information too.
        for (var stage : Stage.of(track)) {
            int number = ofTrack.stream()
                    .filter(count -> count.stage().equals(stage.name()))
                    .mapToInt(StageCount::count)
                    .sum();
            option.category(stage.name(), getTranslation("stage." + stage.name()));
            values.add(number);
            list.add(countLine(
                    getTranslation("stage." + stage.name()), number, listRoute(track) + "?stage=" + stage.name()));
        }
        option.series(
                "items", getTranslation("dashboard.items"), track == Track.PERSONAL ? "#0b6e4f" : "#1d4e89", values);
        var chart = new Chart(option.toJson());
        chart.setHeight("14rem");
        chart.addClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(listRoute(track), QueryParameters.of("stage", e.category()))));
        card.add(chart, list);
        card.addClassNames("card", "track-card", "track-" + track.name().toLowerCase());
        card.setId("track-card-" + track.name().toLowerCase());
        return card;
    }

    static ListItem countLine(String label, int number, String href) {
        var value = new Span(String.valueOf(number));
        value.addClassName("stage-count-number");
        return new ListItem(new Anchor(href, label), value);
    }

    private static String listRoute(Track track) {
        return track == Track.PERSONAL ? "experiments" : "programmes";
    }

    private Div card(String titleKey) {
        var card = new Div(new H2(getTranslation(titleKey)));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
