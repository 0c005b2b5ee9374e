package nl.tweespoor.roadmap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.goal.GoalService;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.initiative.Layer;
import nl.tweespoor.roadmap.ExperimentGrouping;
import nl.tweespoor.roadmap.Roadmap;
import nl.tweespoor.roadmap.RoadmapFilter;
import nl.tweespoor.roadmap.RoadmapItem;
import nl.tweespoor.roadmap.RoadmapService;
import nl.tweespoor.roadmap.Timeline;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Both tracks as swimlanes over quarters: programmes grouped by strategic goal, experiments by department or (as the
 * user chooses) by the goal they explore, each a bar
 * from start to end quarter coloured by stage. Only items overlapping the quarters in view are loaded.
 */
@Route("roadmap")
@Menu(title = "menu.roadmap", order = 1.5, icon = "vaadin:road-split")
@PermitAll
public class RoadmapView extends VerticalLayout implements HasDynamicTitle {

    private final RoadmapService service;
    private final ComboBox<Option> department = new ComboBox<>();
    private final ComboBox<Option> goal = new ComboBox<>();
    private final ComboBox<Layer> layer = new ComboBox<>();
    private final ComboBox<Ambition> ambition = new ComboBox<>();
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final Select<Integer> zoom = new Select<>();
    private final Select<ExperimentGrouping> experimentsBy = new Select<>();
    private final Div board = new Div();

    public RoadmapView(RoadmapService service, DepartmentService departments, GoalService goals) {
        this.service = service;
        addClassName("roadmap-view");
        configureFilters(departments.activeDepartments(), goals.goalOptions());
        var filters = new HorizontalLayout(department, goal, layer, ambition, stage, zoom, experimentsBy);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        board.addClassName("roadmap");
        board.setId("roadmap");
        add(filters, legend(), board);
        refresh();
    }

    private void configureFilters(List<Option> departmentOptions, List<Option> goalOptions) {
        setUp(department, "field.department", departmentOptions, Option::label);
        department.setId("roadmap-department");
        setUp(goal, "field.goal", goalOptions, Option::label);
        setUp(layer, "field.layer", Arrays.asList(Layer.values()), l -> getTranslation("layer." + l.name()));
        setUp(
                ambition,
                "field.ambition",
                Arrays.asList(Ambition.values()),
                a -> getTranslation("ambition." + a.name()));
        setUp(stage, "field.stage", Arrays.asList(Stage.values()), s -> getTranslation("stage." + s.name()));
        zoom.setLabel(getTranslation("roadmap.zoom"));
        zoom.setItems(4, 8, 12);
        zoom.setItemLabelGenerator(n -> getTranslation("roadmap.quarters", n));
        zoom.setValue(8);
        zoom.setId("roadmap-zoom");
        zoom.addValueChangeListener(e -> refresh());
        experimentsBy.setLabel(getTranslation("roadmap.experiments-by"));
        experimentsBy.setItems(ExperimentGrouping.values());
        experimentsBy.setItemLabelGenerator(g -> getTranslation("roadmap.experiments-by." + g.name()));
        experimentsBy.setValue(ExperimentGrouping.DEPARTMENT);
        experimentsBy.setId("roadmap-experiments-by");
        experimentsBy.addValueChangeListener(e -> refresh());
    }

    private <T> void setUp(ComboBox<T> box, String labelKey, List<T> items, ItemLabelGenerator<T> labels) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(labels);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> refresh());
    }

    private void refresh() {
        var timeline =
                new Timeline(new Quarter(LocalDate.now().getYear(), 1), zoom.getValue() == null ? 8 : zoom.getValue());
        var from = timeline.from();
        int quarters = timeline.quarters();
        var to = timeline.to();
        var roadmap = service.roadmap(new RoadmapFilter(
                from,
                to,
                id(department.getValue()),
                id(goal.getValue()),
                name(layer.getValue()),
                name(ambition.getValue()),
                stage.getValue(),
                Objects.requireNonNullElse(experimentsBy.getValue(), ExperimentGrouping.DEPARTMENT)));
        board.removeAll();
        board.getStyle().set("--quarters", String.valueOf(quarters));
        board.add(header(from, quarters), todayMarker(timeline));
        for (var track : Track.values()) {
            board.add(lane(roadmap.lane(track), timeline));
        }
    }

    private Div header(Quarter from, int quarters) {
        var header = new Div(new Span(""));
        header.addClassName("roadmap-row");
        header.addClassName("roadmap-header");
        for (int i = 0; i < quarters; i++) {
            var label = new Span(from.plus(i).toString());
            label.addClassName("roadmap-quarter");
            header.add(label);
        }
        return header;
    }

    /** A vertical line at today's position within the current quarter. */
    private Div todayMarker(Timeline timeline) {
        double fraction = timeline.position(LocalDate.now());
        var marker = new Div(new Span(getTranslation("roadmap.today")));
        marker.addClassName("roadmap-today");
        marker.getStyle().set("--today", String.format(Locale.ROOT, "%.4f", fraction));
        marker.setVisible(fraction >= 0 && fraction <= 1);
        return marker;
    }

    private Div lane(Roadmap.Lane shown, Timeline timeline) {
        var track = shown.track();
        var items = shown.items();
        var lane = new Div();
        lane.addClassNames("roadmap-lane", "lane-" + track.name().toLowerCase());
        var laneId = "lane-" + track.name().toLowerCase();
        lane.setId(laneId);
        var title = new H2(
                shown.truncated()
                        ? getTranslation(
                                "roadmap.lane-count-of",
                                getTranslation("track." + track.name()),
                                items.size(),
                                shown.matched())
                        : getTranslation("track." + track.name()) + " (" + items.size() + ")");
        title.setId(laneId + "-title");
        lane.getElement().setAttribute("role", "region");
        lane.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        lane.add(title);
        if (items.isEmpty()) {
            lane.add(new Paragraph(getTranslation("roadmap.empty")));
        }
        if (shown.truncated()) {
            var hint = new Paragraph(getTranslation(
                    "roadmap.lane-truncated", shown.matched() - items.size(), getTranslation("track." + track.name())));
            hint.addClassNames("roadmap-truncated", "alert", "alert-warning");
            hint.setId(laneId + "-truncated");
            lane.add(hint);
        }
        var groups = new LinkedHashMap<String, List<RoadmapItem>>();
        items.forEach(item -> groups.computeIfAbsent(
                        Objects.requireNonNullElse(item.group(), getTranslation("roadmap.no-goal")),
                        k -> new ArrayList<>())
                .add(item));
        groups.forEach((group, members) -> {
            var groupLabel = new Div(new Span(group));
            groupLabel.addClassName("roadmap-group");
            lane.add(groupLabel);
            members.forEach(item -> lane.add(row(item, timeline)));
        });
        return lane;
    }

    private Div row(RoadmapItem item, Timeline timeline) {
        var start = Quarter.parse(item.startQuarter());
        var end = item.endQuarter() == null ? start : Quarter.parse(item.endQuarter());
        // grid column 1 holds the labels, the quarters start at 2
        int column = timeline.firstColumn(start) + 2;
        int span = timeline.span(start, end);
        var route = item.track().itemPath(item.id());
        var label = new Anchor(route, item.title());
        label.addClassName("roadmap-label");
        var stageText = getTranslation("stage." + item.stage());
        var bar = new Anchor(route, stageText);
        bar.addClassNames("roadmap-bar", "stage-" + item.stage().name().toLowerCase());
        bar.getElement()
                .setAttribute(
                        "title",
                        item.title() + " · " + stageText + " · " + item.startQuarter() + " – "
                                + Objects.requireNonNullElse(item.endQuarter(), "…"));
        bar.getElement()
                .setAttribute(
                        "aria-label",
                        item.title() + ", " + stageText + ", " + item.startQuarter() + " – "
                                + Objects.requireNonNullElse(item.endQuarter(), "…"));
        bar.getStyle().set("grid-column", column + " / span " + span);
        var row = new Div(label, bar);
        row.addClassName("roadmap-row");
        return row;
    }

    private Component legend() {
        var legend = new Div();
        legend.addClassName("roadmap-legend");
        legend.add(new Span(getTranslation("roadmap.legend")));
        for (var s : Stage.values()) {
            var swatch = new Span(getTranslation("stage." + s.name()));
            swatch.addClassNames("roadmap-swatch", "stage-" + s.name().toLowerCase());
            legend.add(swatch);
        }
        return legend;
    }

    private static @Nullable Long id(@Nullable Option option) {
        return option == null ? null : option.id();
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.roadmap");
    }
}
