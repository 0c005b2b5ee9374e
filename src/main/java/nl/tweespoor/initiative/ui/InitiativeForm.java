package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.initiative.InitiativeDraft;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.initiative.Layer;
import nl.tweespoor.search.SimilarDraft;

/**
 * The fields of the item form, bound to a {@link InitiativeFormBean}: what every item has, then what only programmes
 * or only experiments have, then planning and (for experiments) outcomes.
 */
class InitiativeForm extends FormLayout {

    private static final int TYPING_PAUSE_MS = 400;

    private final Binder<InitiativeFormBean> binder;
    /** A programme's owner is its programme manager (PRODUCT.md §2): shown here, handed over from the item's page. */
    private final TextField programmeManager = new TextField();
    /** What a proposal is like other items by (issue 16): watched while a new item is typed. */
    private final List<HasValue<?, ?>> likeness = new ArrayList<>();

    InitiativeForm(
            Binder<InitiativeFormBean> binder, Track track, List<Option> departments, InitiativeService service) {
        this.binder = binder;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36rem", 2));

        var title = new TextField(getTranslation("field.title"));
        title.setMaxLength(InitiativeDraft.MAX_TITLE);
        title.setId("initiative-title");
        binder.forField(title)
                .asRequired(getTranslation("validation.title-required"))
                .bind(b -> b.title, (b, v) -> b.title = v);
        add(title, 2);
        likeness.add(title);

        var department = new ComboBox<Option>(getTranslation("field.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(Option::label);
        department.setId("initiative-department");
        binder.forField(department)
                .asRequired(getTranslation("validation.department-required"))
                .bind(b -> b.department, (b, v) -> b.department = v);

        var ambition = new Select<Ambition>();
        ambition.setLabel(getTranslation("field.ambition"));
        ambition.setItems(Ambition.values());
        ambition.setItemLabelGenerator(a -> getTranslation("ambition." + a.name()));
        // a validator, not asRequired: axe refuses aria-required on the select's value button (it always has a value)
        binder.forField(ambition)
                .withValidator(Objects::nonNull, getTranslation("validation.layer-ambition-required"))
                .bind(b -> b.ambition, (b, v) -> b.ambition = v);
        add(department, ambition);
        likeness.add(department);

        var hypothesis = FormFields.textArea(this, "field.hypothesis", InitiativeDraft.MAX_HYPOTHESIS);
        binder.forField(hypothesis).bind(b -> b.hypothesis, (b, v) -> b.hypothesis = v);
        add(hypothesis, 2);
        likeness.add(hypothesis);

        var tool = new TextField(getTranslation("field.tool"));
        tool.setMaxLength(InitiativeDraft.MAX_TOOL);
        binder.forField(tool).bind(b -> b.toolVendor, (b, v) -> b.toolVendor = v);
        var useCase = new TextField(getTranslation("field.use-case"));
        useCase.setMaxLength(InitiativeDraft.MAX_USE_CASE);
        binder.forField(useCase).bind(b -> b.useCaseCategory, (b, v) -> b.useCaseCategory = v);
        add(tool, useCase);
        likeness.add(tool);
        likeness.add(useCase);
        addJourney(service);

        if (track == Track.STRATEGIC) {
            addProgrammeFields(service);
        } else {
            addExperimentFields(service);
        }
        var plan = new PlanAndOutcomeFields(this, binder);
        plan.addPlanning();

        var description = FormFields.textArea(this, "field.description", InitiativeDraft.MAX_DESCRIPTION);
        binder.forField(description).bind(b -> b.description, (b, v) -> b.description = v);
        add(description, 2);

        if (track == Track.PERSONAL) {
            plan.addOutcomes();
        }
    }

    private void addProgrammeFields(InitiativeService service) {
        var layer = new Select<Layer>();
        layer.setLabel(getTranslation("field.layer"));
        layer.setItems(Layer.OPERATIONAL, Layer.STRATEGIC);
        layer.setItemLabelGenerator(l -> getTranslation("layer." + l.name()));
        binder.forField(layer)
                .withValidator(Objects::nonNull, getTranslation("validation.layer-ambition-required"))
                .bind(b -> b.layer, (b, v) -> b.layer = v);
        var goal = goalPicker("field.goal", service);
        var sponsor = new TextField(getTranslation("field.sponsor"));
        sponsor.setMaxLength(InitiativeDraft.MAX_SPONSOR);
        sponsor.setHelperText(getTranslation("programme.sponsor-help"));
        sponsor.setId("initiative-sponsor");
        binder.forField(sponsor).bind(b -> b.sponsor, (b, v) -> b.sponsor = v);
        programmeManager.setLabel(getTranslation("field.programme-manager"));
        programmeManager.setHelperText(getTranslation("programme.manager-help"));
        programmeManager.setReadOnly(true);
        programmeManager.setId("programme-manager");
        add(layer, goal, sponsor, programmeManager);
    }

    /**
     * Calls {@code onPause} with the draft when title, hypothesis, tool, use case or department change, the text
     * fields once typing pauses (LAZY, {@value #TYPING_PAUSE_MS} ms) or on leaving the field.
     */
    void whenDraftChanges(Consumer<SimilarDraft> onPause) {
        for (var field : likeness) {
            if (field instanceof HasValueChangeMode typed) {
                typed.setValueChangeMode(ValueChangeMode.LAZY);
                typed.setValueChangeTimeout(TYPING_PAUSE_MS);
            }
            field.addValueChangeListener(e -> onPause.accept(draft()));
        }
    }

    private SimilarDraft draft() {
        var bean = new InitiativeFormBean();
        binder.writeBeanAsDraft(bean, true);
        return new SimilarDraft(
                Objects.toString(bean.title, ""),
                Objects.toString(bean.hypothesis, ""),
                Objects.toString(bean.toolVendor, ""),
                Objects.toString(bean.useCaseCategory, ""),
                bean.department == null ? null : bean.department.id());
    }

    /** Who the programme manager is (or will be: the proposer); experiments have no such field. */
    void showProgrammeManager(String name) {
        programmeManager.setValue(name);
    }

    /** The journey or chain the item touches: a choice from the list leaders keep, searched as you type. */
    private void addJourney(InitiativeService service) {
        var journey = new ComboBox<Option>(getTranslation("field.journey"));
        journey.setItems(q -> service.journeyChoices(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        journey.setItemLabelGenerator(Option::label);
        journey.setClearButtonVisible(true);
        journey.setId("initiative-journey");
        binder.forField(journey).bind(b -> b.journey, (b, v) -> b.journey = v);
        add(journey, 2);
    }

    /** The strategic goal, searched as you type and paged from the database (there may be many). */
    private ComboBox<Option> goalPicker(String labelKey, InitiativeService service) {
        var goal = new ComboBox<Option>(getTranslation(labelKey));
        goal.setItems(q -> service.goalChoices(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        goal.setItemLabelGenerator(Option::label);
        goal.setClearButtonVisible(true);
        goal.setId("initiative-goal");
        binder.forField(goal).bind(b -> b.goal, (b, v) -> b.goal = v);
        return goal;
    }

    private void addExperimentFields(InitiativeService service) {
        // Optional: an experiment may say which strategic goal and which programme it explores (either, both or
        // neither); the personal track stays light.
        var goal = goalPicker("field.explores-goal", service);
        var programme = new ComboBox<Option>(getTranslation("field.explores-programme"));
        programme.setItems(
                q -> service.programmeChoices(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        programme.setItemLabelGenerator(Option::label);
        programme.setClearButtonVisible(true);
        programme.setHelperText(getTranslation("experiment.explores-programme-help"));
        programme.setId("initiative-programme");
        binder.forField(programme).bind(b -> b.exploresProgramme, (b, v) -> b.exploresProgramme = v);
        add(goal, programme);
        var lead = new TextField(getTranslation("field.lead"));
        lead.setMaxLength(InitiativeDraft.MAX_LEAD);
        binder.forField(lead).bind(b -> b.leadName, (b, v) -> b.leadName = v);
        var participants = new IntegerField(getTranslation("field.participants"));
        participants.setMin(0);
        binder.forField(participants)
                .withValidator(
                        v -> v == null || v >= 0,
                        getTranslation("validation.not-negative", getTranslation("field.participants")))
                .bind(b -> b.participants, (b, v) -> b.participants = v);
        add(lead, participants);
    }
}
