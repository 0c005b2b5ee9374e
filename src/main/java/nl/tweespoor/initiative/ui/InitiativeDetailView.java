package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.budget.ui.ItemBudgetPanel;
import nl.tweespoor.comment.ui.CommentsPanel;
import nl.tweespoor.initiative.ExploringExperiments;
import nl.tweespoor.initiative.InitiativeDetails;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.status.ui.SignalBadges;
import nl.tweespoor.status.ui.StatusPanel;
import org.jspecify.annotations.Nullable;

/** One item on one page: what it is, who owns it, when it runs, and (for those allowed) an edit action. */
abstract class InitiativeDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DetailServices services;
    private final InitiativeService service;
    private final Track track;
    /** The item shown; none until {@link #beforeEnter} found it. */
    private @Nullable InitiativeDetails item;

    protected InitiativeDetailView(DetailServices services, Track track) {
        this.services = services;
        this.service = services.initiatives();
        this.track = track;
        addClassName("detail-view");
        setMaxWidth("72rem");
    }

    protected abstract Class<? extends Component> listView();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        InitiativeDetails found;
        try {
            found = id.map(service::details)
                    .filter(details -> details.track() == track)
                    .orElseThrow(NotFoundException::new);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        item = found;
        render(found);
    }

    private void render(InitiativeDetails item) {
        removeAll();
        var back = new RouterLink(
                getTranslation(track == Track.PERSONAL ? "menu.experiments" : "menu.programmes"), listView());
        back.addClassName("back-link");
        var title = new H2(item.title());
        title.addClassName("detail-title");
        var badges = new HorizontalLayout(
                StageBadge.of(item.stage(), this::getTranslation),
                Badges.of(getTranslation("track." + track.name()), "track"));
        badges.setSpacing(true);
        // The flag service answers for every item it is asked about that exists, and this one was just read.
        var signals = Objects.requireNonNull(
                services.flags().signals(List.of(item.id())).get(item.id()));
        badges.add(SignalBadges.of(signals, this::getTranslation));
        var header = new HorizontalLayout(title, badges);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        var spacer = new Span();
        header.addAndExpand(spacer);
        if (service.mayEdit(item)) {
            // A stored item always has a department (the details are read joined to it).
            var departmentId = Objects.requireNonNull(item.draft().departmentId(), "department of a stored item");
            var departments = services.departments().choicesKeeping(departmentId, item.departmentName());
            // Built on the click: most visits to an item page never edit it.
            var edit = new Button(
                    getTranslation("action.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new InitiativeFormDialog(service, track, departments, id -> reload()).openForEdit(item));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("edit-item");
            header.add(edit);
        }
        if (services.ownership().mayHandOver()) {
            var handOver = new Button(
                    getTranslation("ownership.action"),
                    VaadinIcon.USER_CHECK.create(),
                    e -> new HandOverDialog(services.ownership(), item, this::reload).open());
            handOver.setId("hand-over");
            header.add(handOver);
        }
        header.setWidthFull();
        add(
                back,
                header,
                new StageActions(
                        services.lifecycle(),
                        item,
                        this::reload,
                        programmeId -> getUI().ifPresent(ui -> ui.navigate(Track.STRATEGIC.itemPath(programmeId)))));
        links(item);
        add(facts(item));
        text("field.hypothesis", item.draft().hypothesis());
        text("field.description", item.draft().description());
        if (track == Track.PERSONAL) {
            text("field.learnings", item.draft().learnings());
        } else {
            boolean editable = service.mayEdit(item);
            var plan = new Div(
                    new MilestonesPanel(services.plans(), item.id(), editable),
                    new KpisPanel(services.plans(), item.id(), editable));
            plan.addClassName("plan-row");
            add(plan);
            add(exploring(service.exploring(item.id())));
        }
        add(new StatusPanel(services.statuses(), item.id(), item.ownerId(), this::reload));
        add(new ItemBudgetPanel(services.budgets(), item.id(), item.ownerId()));
        services.sections().forEach(section -> add(section.create(item.id())));
        add(new CommentsPanel(services.comments(), item.id()));
    }

    /** Promotion links both ways: the programme shows where it came from, the experiment where it went. */
    private void links(InitiativeDetails item) {
        var promotedFrom = item.promotedFrom();
        if (promotedFrom != null) {
            add(link("promotion.from", Track.PERSONAL.itemPath(promotedFrom.id()), promotedFrom.label()));
        }
        var promotedTo = item.promotedTo();
        if (promotedTo != null) {
            add(link("promotion.to", Track.STRATEGIC.itemPath(promotedTo.id()), promotedTo.label()));
        }
    }

    private Div link(String labelKey, String href, String title) {
        var anchor = new Anchor(href, title);
        var line = new Div(new Span(getTranslation(labelKey) + " "), anchor);
        line.addClassName("promotion-link");
        return line;
    }

    private DescriptionList facts(InitiativeDetails item) {
        var draft = item.draft();
        var list = new DescriptionList();
        list.addClassName("facts");
        fact(list, "field.department", item.departmentName());
        // A programme's owner is its programme manager, beside (not instead of) its sponsor: PRODUCT.md §2.
        fact(list, track == Track.STRATEGIC ? "field.programme-manager" : "field.owner", item.ownerName());
        fact(list, "field.timebox", timebox(item));
        fact(
                list,
                "field.ambition",
                getTranslation("ambition." + draft.ambition().name()));
        fact(list, "field.layer", getTranslation("layer." + draft.layer().name()));
        fact(list, "field.tool", draft.toolVendor());
        fact(list, "field.use-case", draft.useCaseCategory());
        fact(list, "field.journey", item.journeyTitle());
        if (track == Track.STRATEGIC) {
            fact(list, "field.goal", item.goalTitle());
            fact(list, "field.sponsor", draft.sponsor());
        } else {
            fact(list, "field.explores-goal", item.goalTitle());
            programmeFact(list, item.exploresProgramme());
            fact(list, "field.lead", draft.leadName());
            var participants = draft.participants();
            fact(list, "field.participants", participants == null ? null : participants.toString());
            fact(list, "field.hours-saved", number(draft.hoursSavedPerWeek()));
            fact(list, "field.adoption", number(draft.adoptionPct()));
            fact(list, "field.satisfaction", number(draft.satisfaction()));
        }
        fact(list, "field.cost", Formats.euros(draft.costEstimate(), getLocale()));
        fact(list, "field.updated", Formats.dateTime(item.updatedAt(), getLocale()));
        return list;
    }

    /** The programme an experiment explores, as a link to the programme's page. */
    private void programmeFact(DescriptionList list, @Nullable Option programme) {
        var description = programme == null
                ? new DescriptionList.Description(getTranslation("value.none"))
                : new DescriptionList.Description(
                        new Anchor(Track.STRATEGIC.itemPath(programme.id()), programme.label()));
        description.setId("explores-programme");
        list.add(new DescriptionList.Term(getTranslation("field.explores-programme")), description);
    }

    /** On a programme's page: the experiments that explore it, the first few linked, the rest counted. */
    private Div exploring(ExploringExperiments experiments) {
        var heading = new H3(getTranslation("programme.exploring", experiments.count()));
        var box = new Div(heading);
        box.setId("exploring-experiments");
        box.addClassName("exploring-experiments");
        if (experiments.count() == 0) {
            box.add(new Paragraph(getTranslation("programme.exploring-none")));
            return box;
        }
        var list = new UnorderedList();
        experiments
                .shown()
                .forEach(experiment -> list.add(new ListItem(
                        new Anchor(Track.PERSONAL.itemPath(experiment.id()), experiment.title()),
                        new Span(" "),
                        StageBadge.of(experiment.stage(), this::getTranslation))));
        box.add(list);
        if (experiments.notShown() > 0) {
            box.add(new Paragraph(getTranslation("programme.exploring-more", experiments.notShown())));
        }
        return box;
    }

    private void fact(DescriptionList list, String labelKey, @Nullable String value) {
        var shown = value == null || value.isBlank() ? getTranslation("value.none") : value;
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(shown));
    }

    private void text(String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var heading = new Span(getTranslation(labelKey));
        heading.addClassName("text-heading");
        var body = new Paragraph(value);
        body.addClassName("text-body");
        add(new Div(heading, body));
    }

    private static @Nullable String timebox(InitiativeDetails item) {
        var start = item.draft().startQuarter();
        var end = item.draft().endQuarter();
        if (start == null && end == null) {
            return null;
        }
        return (start == null ? "…" : start) + " – " + (end == null ? "…" : end);
    }

    private @Nullable String number(@Nullable BigDecimal value) {
        return value == null ? null : Formats.number(value, getLocale());
    }

    private void reload() {
        var latest = service.details(
                Objects.requireNonNull(item, "reloads only a shown item").id());
        item = latest;
        render(latest);
    }

    @Override
    public String getPageTitle() {
        var shown = item;
        return shown == null ? "Tweespoor" : shown.title();
    }
}
