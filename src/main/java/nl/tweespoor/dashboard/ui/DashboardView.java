package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.dashboard.DashboardService;
import nl.tweespoor.dashboard.StageCount;
import nl.tweespoor.initiative.Stage;

/** The board's overview: both tracks side by side, items per stage. */
@Route("")
@Menu(title = "menu.dashboard", order = 1, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(DashboardService dashboard) {
        addClassName("dashboard-view");
        var counts = dashboard.itemsPerTrackAndStage();
        var tracks = new Div(trackCard(Track.PERSONAL, counts), trackCard(Track.STRATEGIC, counts));
        tracks.addClassName("card-row");
        add(tracks);
    }

    private Div trackCard(Track track, List<StageCount> counts) {
        var ofTrack = counts.stream().filter(count -> count.track() == track).toList();
        int total = ofTrack.stream().mapToInt(StageCount::count).sum();
        var heading = new H2(getTranslation("track." + track.name()));
        var totalLine = new Span(getTranslation(track == Track.PERSONAL ? "experiment.count" : "programme.count",
                total));
        totalLine.addClassName("card-total");
        var list = new UnorderedList();
        list.addClassName("stage-counts");
        // Every stage of the track, in lifecycle order, zero included: an empty stage is information too.
        for (var stage : Stage.of(track)) {
            int number = ofTrack.stream().filter(count -> count.stage().equals(stage.name()))
                    .mapToInt(StageCount::count).sum();
            var label = new Span(getTranslation("stage." + stage.name()));
            var value = new Span(String.valueOf(number));
            value.addClassName("stage-count-number");
            list.add(new ListItem(label, value));
        }
        var card = new Div(heading, totalLine, list);
        card.addClassNames("card", "track-card", "track-" + track.name().toLowerCase());
        card.setId("track-card-" + track.name().toLowerCase());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
