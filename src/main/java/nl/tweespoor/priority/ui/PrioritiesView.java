package nl.tweespoor.priority.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.tweespoor.base.PlanningHorizon;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.export.ui.ExportLinks;
import nl.tweespoor.priority.PriorityService;
import nl.tweespoor.priority.RankedItem;
import nl.tweespoor.priority.RankingService;
import nl.tweespoor.priority.Ratings;
import nl.tweespoor.priority.Weights;

/** Weights and score formula, the ranked list per track with its cut line, and what-if. */
@Route("priorities")
@Menu(title = "menu.priorities", order = 6, icon = "vaadin:sort")
@PermitAll
public class PrioritiesView extends VerticalLayout implements HasDynamicTitle {

    private final PriorityService service;
    private final RankingService rankings;
    private final boolean leader;
    private final Select<Integer> year = new Select<>();
    private final List<RankingGrid> grids = new ArrayList<>();
    private final Map<Track, Span> summaries = new EnumMap<>(Track.class);
    private final Set<Long> whatIfSelection = new HashSet<>();
    private final Map<Track, Details> rules = new EnumMap<>(Track.class);
    private final Div whatIfResult = new Div();

    /** The year shown, for a download (which runs in a request of its own). */
    private volatile int shownYear;

    public PrioritiesView(PriorityService service, RankingService rankings) {
        this.service = service;
        this.rankings = rankings;
        this.leader = service.mayEdit();
        addClassName("budget-view");
        int thisYear = Year.now().getValue();
        year.setLabel(getTranslation("budget.year"));
        year.setItems(PlanningHorizon.priorityYears(Year.of(thisYear)));
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        add(year, weights());
        for (var track : Track.values()) {
            var grid = new RankingGrid(
                    track,
                    leader,
                    (offset, limit) -> rankings.page(track, year.getValue(), offset, limit),
                    mover(track),
                    this::rate,
                    whatIfSelection);
            grids.add(grid);
            var title = getTranslation("priority.ranking-of", getTranslation("track." + track.name()));
            var heading = new HorizontalLayout(new H2(title));
            heading.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (leader) {
                var sort = new Button(
                        getTranslation("priority.sort-by-score"),
                        e -> run(() -> rankings.sortByScore(track, grid.shownVersion())));
                sort.addThemeVariants(ButtonVariant.LUMO_SMALL);
                sort.setId("sort-" + track.name().toLowerCase());
                heading.add(sort);
            }
            heading.add(new ExportLinks(
                            "ranking-" + track.name().toLowerCase(Locale.ROOT),
                            (format, locale, out) -> rankings.export(track, shownYear, format, locale, out))
                    .nameAfter(title));
            var summary = new Span();
            summary.setId("summary-" + track.name().toLowerCase());
            summaries.put(track, summary);
            // The reserve's rule is long and read once: folded away under the short summary.
            var rule = new Details(
                    getTranslation("priority.cutline-rule-title"),
                    new Paragraph(getTranslation("priority.cutline-rule")));
            rule.setId("cutline-rule-" + track.name().toLowerCase());
            rule.setVisible(false);
            rules.put(track, rule);
            add(heading, summary, rule, grid);
        }
        var whatIf = new Button(getTranslation("priority.whatif-run"), e -> showWhatIf());
        whatIf.setId("whatif-run");
        whatIfResult.setId("whatif-result");
        add(
                new H2(getTranslation("priority.whatif")),
                new Paragraph(getTranslation("priority.whatif-hint")),
                whatIf,
                whatIfResult);
        refresh();
    }

    private RankingGrid.Mover mover(Track track) {
        return new RankingGrid.Mover() {
            @Override
            public void toPosition(RankedItem item, int position, int version) {
                run(() -> rankings.moveToPosition(track, item.id(), position, version));
            }

            @Override
            public void nextTo(RankedItem item, RankedItem target, boolean below, int version) {
                run(() -> rankings.moveNextTo(track, item.id(), target.id(), below, version));
            }
        };
    }

    private Div weights() {
        var current = service.weights();
        var box = new Div();
        box.addClassName("card");
        box.add(new H3(getTranslation("priority.weights")));
        box.add(new Paragraph(getTranslation("priority.formula")));
        var value = weight("priority.criterion.value", current.value());
        var fit = weight("priority.criterion.fit", current.strategicFit());
        var feasibility = weight("priority.criterion.feasibility", current.feasibility());
        var urgency = weight("priority.criterion.urgency", current.urgency());
        var risk = weight("priority.criterion.risk", current.risk());
        var row = new HorizontalLayout(value, fit, feasibility, urgency, risk);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (leader) {
            var save = new Button(
                    getTranslation("action.save"),
                    e -> run(() -> service.setWeights(new Weights(
                            value.getValue(),
                            fit.getValue(),
                            feasibility.getValue(),
                            urgency.getValue(),
                            risk.getValue(),
                            current.version()))));
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(save);
        }
        box.add(row);
        return box;
    }

    private BigDecimalField weight(String labelKey, BigDecimal value) {
        var field = new BigDecimalField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(!leader);
        field.setWidth("9rem");
        return field;
    }

    private void rate(RankedItem item) {
        var dialog = new Dialog(getTranslation("priority.rate-title", item.title()));
        var fields = new ArrayList<IntegerField>();
        for (var key : List.of("value", "fit", "feasibility", "urgency", "risk")) {
            var field = new IntegerField(getTranslation("priority.criterion." + key));
            field.setMin(Ratings.LOWEST);
            field.setMax(Ratings.HIGHEST);
            field.setStepButtonsVisible(true);
            field.setHelperText(key.equals("risk") ? getTranslation("priority.risk-hint") : "1–5");
            fields.add(field);
        }
        dialog.add(new FormLayout(fields.toArray(IntegerField[]::new)));
        var save = new Button(
                getTranslation("action.save"),
                e -> run(() -> {
                    service.rate(
                            item.id(),
                            item.version(),
                            new Ratings(
                                    fields.get(0).getValue(),
                                    fields.get(1).getValue(),
                                    fields.get(2).getValue(),
                                    fields.get(3).getValue(),
                                    fields.get(4).getValue()));
                    dialog.close();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showWhatIf() {
        var result = service.whatIf(year.getValue(), Set.copyOf(whatIfSelection));
        whatIfResult.removeAll();
        if (whatIfSelection.isEmpty()) {
            whatIfResult.add(new Paragraph(getTranslation("priority.whatif-none")));
            return;
        }
        whatIfResult.add(new Paragraph(
                getTranslation("priority.whatif-freed", Formats.euros(result.freedTotal(), getLocale()))));
        var perQuarter = new UnorderedList();
        result.freedPerQuarter()
                .forEach((quarter, amount) ->
                        perQuarter.add(new ListItem(quarter + ": " + Formats.euros(amount, getLocale()))));
        whatIfResult.add(perQuarter);
        whatIfResult.add(new Paragraph(
                getTranslation("priority.whatif-share", result.redesignShareBefore(), result.redesignShareAfter())));
        var before = result.reserveBefore();
        var after = result.reserveAfter();
        var reserve = new UnorderedList();
        reserve.setId("whatif-reserve");
        reserve.add(
                new ListItem(getTranslation("priority.whatif-reserve", euros(after.amount()))),
                new ListItem(getTranslation(
                        "priority.whatif-reserve-used", euros(before.usedByRedesign()), euros(after.usedByRedesign()))),
                new ListItem(getTranslation("priority.whatif-reserve-free", euros(before.free()), euros(after.free()))),
                new ListItem(getTranslation(
                        "priority.whatif-optimise-room", euros(before.optimiseRoom()), euros(after.optimiseRoom()))));
        whatIfResult.add(new Paragraph(getTranslation("priority.whatif-reserve-heading")), reserve);
        result.unfundedAfter()
                .forEach((track, count) -> whatIfResult.add(new Paragraph(
                        getTranslation("priority.whatif-unfunded", getTranslation("track." + track.name()), count))));
        whatIfResult.add(new Span(getTranslation("priority.whatif-not-saved")));
    }

    private void refresh() {
        shownYear = year.getValue();
        for (var grid : grids) {
            var summary = rankings.summary(grid.track(), year.getValue());
            grid.show(summary);
            // every grid's track got its summary line when the grids were built
            Objects.requireNonNull(rules.get(grid.track()))
                    .setVisible(summary.reserveShare().signum() != 0);
            Objects.requireNonNull(summaries.get(grid.track()))
                    .setText(
                            summary.reserveShare().signum() == 0
                                    ? getTranslation("priority.summary", summary.count(), euros(summary.envelope()))
                                    : getTranslation(
                                            "priority.summary-reserve",
                                            summary.count(),
                                            euros(summary.envelope()),
                                            euros(summary.reserveShare())));
        }
    }

    private String euros(BigDecimal amount) {
        return Formats.euros(amount, getLocale());
    }

    /** The ranking shows afresh either way: after a refusal it shows what someone else changed. */
    private void run(Runnable action) {
        Actions.attempt(action);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.priorities");
    }
}
