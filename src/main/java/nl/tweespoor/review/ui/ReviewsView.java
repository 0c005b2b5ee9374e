package nl.tweespoor.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.tweespoor.base.KeysetPager;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.Badges.Badge;
import nl.tweespoor.base.ui.Cells;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.export.ui.ExportLinks;
import nl.tweespoor.review.Decision;
import nl.tweespoor.review.DecisionKey;
import nl.tweespoor.review.DecisionLogFilter;
import nl.tweespoor.review.DecisionRow;
import nl.tweespoor.review.DecisionService;
import nl.tweespoor.review.ReviewRow;
import nl.tweespoor.review.ReviewService;
import org.jspecify.annotations.Nullable;

/** Quarterly reviews (open one, go to one) and the decision log across quarters. */
@Route("reviews")
@Menu(title = "menu.reviews", order = 7, icon = "vaadin:gavel")
@PermitAll
public class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewService service;
    private final DecisionService decisions;
    private final ComboBox<Option> itemFilter = new ComboBox<>();
    private final ComboBox<Decision> decisionFilter = new ComboBox<>();
    private final ComboBox<Option> quarterFilter = new ComboBox<>();
    /** The log's filters as last applied, for a download (which runs in a request of its own). */
    private volatile DecisionLogFilter applied = DecisionLogFilter.none();

    private final Grid<DecisionRow> log = new Grid<>();
    private final KeysetPager<DecisionRow, DecisionKey> logPager = new KeysetPager<>(DecisionKey::of);

    public ReviewsView(ReviewService service, DecisionService decisions) {
        this.service = service;
        this.decisions = decisions;
        addClassName("budget-view");
        if (service.mayDecide()) {
            add(openForm());
        }
        add(
                reviewGrid(),
                new ReviewHistorySection(service.history()),
                new H2(getTranslation("review.log")),
                logFilters(),
                log);
        configureLog();
    }

    private HorizontalLayout openForm() {
        var quarter = new Select<String>();
        quarter.setLabel(getTranslation("review.quarter"));
        var choices = service.openableQuarters();
        quarter.setItems(choices);
        // the current quarter, in the middle of the choices
        quarter.setValue(choices.get(choices.size() / 2));
        quarter.setId("review-quarter");
        var open = new Button(
                getTranslation("review.open"),
                e -> Actions.resultOf(() -> service.open(quarter.getValue()))
                        .ifPresent(id -> getUI().ifPresent(ui -> ui.navigate("reviews/" + id))));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("review-open");
        var meeting = new DatePicker(getTranslation("review.meeting-date"));
        meeting.setLocale(getLocale());
        meeting.setMin(LocalDate.now());
        meeting.setId("review-meeting-date");
        var plan = new Button(
                getTranslation("review.plan"),
                e -> Actions.resultOf(() -> service.plan(quarter.getValue(), meeting.getValue()))
                        .ifPresent(id -> {
                            ErrorMessages.success(getTranslation(
                                    "review.planned-message",
                                    quarter.getValue(),
                                    Formats.day(Objects.requireNonNull(meeting.getValue()), getLocale())));
                            getUI().ifPresent(ui -> ui.navigate("reviews/" + id));
                        }));
        plan.setId("review-plan");
        var row = new HorizontalLayout(quarter, open, meeting, plan);
        row.setAlignItems(FlexComponent.Alignment.END);
        row.setWrap(true);
        return row;
    }

    private Grid<ReviewRow> reviewGrid() {
        var grid = new Grid<ReviewRow>();
        grid.addColumn(ReviewRow::quarter)
                .setHeader(getTranslation("review.quarter"))
                .setAutoWidth(true);
        grid.addColumn(Cells.<ReviewRow>badge(
                        r -> new Badge(getTranslation("review.status." + r.status()), r.closed() ? "done" : "active")))
                .setHeader(getTranslation("field.status"))
                .setAutoWidth(true);
        grid.addColumn(ReviewRow::decisions)
                .setHeader(getTranslation("review.decisions"))
                .setAutoWidth(true);
        grid.addColumn(r -> date(r.closed() ? r.closedAt() : r.openedAt()))
                .setHeader(getTranslation("review.date"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.meetingDate() == null ? "" : Formats.day(r.meetingDate(), getLocale()))
                .setHeader(getTranslation("review.meeting-date"))
                .setFlexGrow(1);
        grid.setItems(q -> service.reviews(q.getOffset(), q.getLimit()).stream(), q -> service.countReviews());
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("reviews/" + e.getItem().id())));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("menu.reviews"));
        grid.setId("review-list");
        return grid;
    }

    /** Item and review are picked by id (indexed columns of the log), a page of choices at a time. */
    private HorizontalLayout logFilters() {
        itemFilter.setLabel(getTranslation("review.item"));
        itemFilter.setItems(
                q -> decisions.decisionLogItems(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        itemFilter.setItemLabelGenerator(Option::label);
        itemFilter.setClearButtonVisible(true);
        itemFilter.setId("decision-log-item");
        decisionFilter.setLabel(getTranslation("review.decision"));
        decisionFilter.setItems(Decision.values());
        decisionFilter.setItemLabelGenerator(d -> getTranslation("decision." + d.name()));
        decisionFilter.setClearButtonVisible(true);
        quarterFilter.setLabel(getTranslation("review.quarter"));
        quarterFilter.setItems(
                q -> decisions.decisionLogReviews(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        quarterFilter.setItemLabelGenerator(Option::label);
        quarterFilter.setClearButtonVisible(true);
        itemFilter.addValueChangeListener(e -> refreshLog());
        decisionFilter.addValueChangeListener(e -> refreshLog());
        quarterFilter.addValueChangeListener(e -> refreshLog());
        var export = new ExportLinks(
                "decision-log", (format, locale, out) -> decisions.exportDecisionLog(applied, format, locale, out));
        var row = new HorizontalLayout(itemFilter, decisionFilter, quarterFilter, export);
        // the download links line up with the fields, not with their labels
        row.setAlignItems(FlexComponent.Alignment.END);
        row.setWrap(true);
        return row;
    }

    private void refreshLog() {
        applied = filter();
        logPager.reset();
        log.getDataProvider().refreshAll();
    }

    private void configureLog() {
        log.addColumn(DecisionRow::quarter)
                .setHeader(getTranslation("review.quarter"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        log.addColumn(DecisionRow::itemTitle)
                .setHeader(getTranslation("review.item"))
                .setWidth("16rem");
        log.addColumn(Cells.<DecisionRow>badge(
                        d -> new Badge(getTranslation("decision." + d.decision().name()), "neutral")))
                .setHeader(getTranslation("review.decision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        log.addColumn(DecisionRow::reason)
                .setHeader(getTranslation("field.reason"))
                .setFlexGrow(1);
        log.addColumn(DecisionRow::decidedBy)
                .setHeader(getTranslation("review.decided-by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Newest decision first, read by key page after page; the size is open-ended, nothing counts every decision.
        log.setItems(q -> logPager
                .fetch(
                        q.getOffset(),
                        q.getLimit(),
                        (after, skip, limit) -> decisions.decisionLog(filter(), after, skip, limit))
                .stream());
        log.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(e.getItem().track().itemPath(e.getItem().initiativeId()))));
        log.setAriaLabel(getTranslation("review.log"));
        log.setId("decision-log");
        log.setHeight("28rem");
    }

    private DecisionLogFilter filter() {
        var item = itemFilter.getValue();
        var review = quarterFilter.getValue();
        return new DecisionLogFilter(
                item == null ? null : item.id(), decisionFilter.getValue(), review == null ? null : review.id());
    }

    /** A planned review has no date yet. */
    private String date(@Nullable OffsetDateTime moment) {
        return moment == null ? "" : Formats.date(moment, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviews");
    }
}
