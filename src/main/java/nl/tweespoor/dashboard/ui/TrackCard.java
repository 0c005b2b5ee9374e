package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.ui.chart.BarChartOption;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.dashboard.StageCount;
import nl.tweespoor.stage.Stage;

/** One track's items per stage, as bars and as links to the list filtered on that stage. */
class TrackCard extends Card {

    TrackCard(Track track, List<StageCount> counts) {
        super("track." + track.name(), "track-card-" + track.name().toLowerCase());
        var ofTrack = counts.stream().filter(count -> count.track() == track).toList();
        int total = ofTrack.stream().mapToInt(StageCount::count).sum();
        var totalLine =
                new Span(getTranslation(track == Track.PERSONAL ? "experiment.count" : "programme.count", total));
        totalLine.addClassName("card-total");
        add(totalLine);
        var option = new BarChartOption().description(getTranslation("dashboard.items-per-stage"));
        var list = countList();
        var values = new ArrayList<Integer>();
        // Every stage of the track, in lifecycle order, zero included: an empty stage is information too.
        for (var stage : Stage.of(track)) {
            int number = ofTrack.stream()
                    .filter(count -> count.stage() == stage)
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
        add(chart, list);
        addClassNames("track-card", "track-" + track.name().toLowerCase());
    }

    private static String listRoute(Track track) {
        return track == Track.PERSONAL ? "experiments" : "programmes";
    }
}
