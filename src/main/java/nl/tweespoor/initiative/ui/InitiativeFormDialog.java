package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BigDecimalRangeValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.initiative.InitiativeDetails;
import nl.tweespoor.initiative.InitiativeDraft;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.initiative.Layer;
import org.jspecify.annotations.Nullable;

/**
 * Proposes a new item or edits one. A proposal needs only a title and a department; the rest can follow later.
 * If someone else saved the item meanwhile, the user keeps their input and may reload the latest version.
 */
class InitiativeFormDialog extends Dialog {

    private final InitiativeService service;
    private final Track track;
    private final LongConsumer onSaved;
    private final Binder<InitiativeFormBean> binder = new Binder<>();
    private final List<Option> departments;
    private final List<Option> goals;
    private @Nullable Long itemId;
    private int version;

    InitiativeFormDialog(
            InitiativeService service,
            Track track,
            List<Option> departments,
            List<Option> goals,
            LongConsumer onSaved) {
        this.service = service;
        this.track = track;
        this.departments = departments;
        this.goals = goals;
        this.onSaved = onSaved;
        setWidth("min(56rem, 96vw)");
        setCloseOnOutsideClick(false);
        setDraggable(true);
        add(form());
        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("initiative-save");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    void openForNew() {
        itemId = null;
        setHeaderTitle(getTranslation(track == Track.PERSONAL ? "experiment.new" : "programme.new"));
        var bean = new InitiativeFormBean();
        bean.layer = track == Track.PERSONAL ? Layer.PERSONAL_PRODUCTIVITY : Layer.OPERATIONAL;
        binder.readBean(bean);
        open();
    }

    void openForEdit(InitiativeDetails item) {
        itemId = item.id();
        version = item.version();
        setHeaderTitle(getTranslation("action.edit-item", item.title()));
        binder.readBean(InitiativeFormBean.from(
                item.draft(),
                find(departments, item.draft().departmentId()),
                find(goals, item.draft().goalId())));
        open();
    }

    private FormLayout form() {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));

        var title = new TextField(getTranslation("field.title"));
        title.setMaxLength(InitiativeDraft.MAX_TITLE);
        title.setId("initiative-title");
        binder.forField(title)
                .asRequired(getTranslation("validation.title-required"))
                .bind(b -> b.title, (b, v) -> b.title = v);
        form.add(title, 2);

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
        binder.forField(ambition).asRequired().bind(b -> b.ambition, (b, v) -> b.ambition = v);
        form.add(department, ambition);

        var hypothesis = textArea("field.hypothesis", InitiativeDraft.MAX_HYPOTHESIS);
        binder.forField(hypothesis).bind(b -> b.hypothesis, (b, v) -> b.hypothesis = v);
        form.add(hypothesis, 2);

        var tool = new TextField(getTranslation("field.tool"));
        tool.setMaxLength(InitiativeDraft.MAX_TOOL);
        binder.forField(tool).bind(b -> b.toolVendor, (b, v) -> b.toolVendor = v);
        var useCase = new TextField(getTranslation("field.use-case"));
        useCase.setMaxLength(InitiativeDraft.MAX_USE_CASE);
        binder.forField(useCase).bind(b -> b.useCaseCategory, (b, v) -> b.useCaseCategory = v);
        form.add(tool, useCase);

        if (track == Track.STRATEGIC) {
            addProgrammeFields(form);
        } else {
            addExperimentFields(form);
        }
        addPlanningFields(form);

        var description = textArea("field.description", InitiativeDraft.MAX_DESCRIPTION);
        binder.forField(description).bind(b -> b.description, (b, v) -> b.description = v);
        form.add(description, 2);

        if (track == Track.PERSONAL) {
            addOutcomeFields(form);
        }
        return form;
    }

    private void addProgrammeFields(FormLayout form) {
        var layer = new Select<Layer>();
        layer.setLabel(getTranslation("field.layer"));
        layer.setItems(Layer.OPERATIONAL, Layer.STRATEGIC);
        layer.setItemLabelGenerator(l -> getTranslation("layer." + l.name()));
        binder.forField(layer).asRequired().bind(b -> b.layer, (b, v) -> b.layer = v);
        var goal = new ComboBox<Option>(getTranslation("field.goal"));
        goal.setItems(goals);
        goal.setItemLabelGenerator(Option::label);
        goal.setClearButtonVisible(true);
        binder.forField(goal).bind(b -> b.goal, (b, v) -> b.goal = v);
        var sponsor = new TextField(getTranslation("field.sponsor"));
        sponsor.setMaxLength(InitiativeDraft.MAX_SPONSOR);
        binder.forField(sponsor).bind(b -> b.sponsor, (b, v) -> b.sponsor = v);
        var journey = new TextField(getTranslation("field.journey"));
        journey.setMaxLength(InitiativeDraft.MAX_JOURNEY);
        binder.forField(journey).bind(b -> b.journey, (b, v) -> b.journey = v);
        form.add(layer, goal, sponsor, journey);
    }

    private void addExperimentFields(FormLayout form) {
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
        form.add(lead, participants);
    }

    private void addPlanningFields(FormLayout form) {
        var start = quarterField("field.start-quarter");
        var end = quarterField("field.end-quarter");
        binder.forField(start).bind(b -> b.startQuarter, (b, v) -> b.startQuarter = v);
        binder.forField(end)
                .withValidator(v -> endsInTime(start.getValue(), v), getTranslation("validation.end-before-start"))
                .bind(b -> b.endQuarter, (b, v) -> b.endQuarter = v);
        start.addValueChangeListener(e -> binder.validate());
        var cost = euroField("field.cost");
        binder.forField(cost)
                .withValidator(nonNegative("field.cost"))
                .bind(b -> b.costEstimate, (b, v) -> b.costEstimate = v);
        form.add(start, end, cost);
    }

    private void addOutcomeFields(FormLayout form) {
        var heading = new H3(getTranslation("experiment.outcomes"));
        heading.addClassName("form-section");
        form.add(heading, 2);
        var hours = new BigDecimalField(getTranslation("field.hours-saved"));
        binder.forField(hours)
                .withValidator(nonNegative("field.hours-saved"))
                .bind(b -> b.hoursSavedPerWeek, (b, v) -> b.hoursSavedPerWeek = v);
        var adoption = new BigDecimalField(getTranslation("field.adoption"));
        binder.forField(adoption)
                .withValidator(range("field.adoption", 0, 100))
                .bind(b -> b.adoptionPct, (b, v) -> b.adoptionPct = v);
        var satisfaction = new BigDecimalField(getTranslation("field.satisfaction"));
        binder.forField(satisfaction)
                .withValidator(range("field.satisfaction", 1, 5))
                .bind(b -> b.satisfaction, (b, v) -> b.satisfaction = v);
        form.add(hours, adoption, satisfaction);
        var learnings = textArea("field.learnings", InitiativeDraft.MAX_LEARNINGS);
        binder.forField(learnings).bind(b -> b.learnings, (b, v) -> b.learnings = v);
        form.add(learnings, 2);
    }

    private void save() {
        var bean = new InitiativeFormBean();
        // Experiments have no layer field: they always serve personal productivity.
        bean.layer = track == Track.PERSONAL ? Layer.PERSONAL_PRODUCTIVITY : null;
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        var itemId = this.itemId;
        Actions.resultOf(
                        () -> {
                            if (itemId == null) {
                                return service.propose(track, bean.toDraft());
                            }
                            service.update(itemId, version, bean.toDraft());
                            return itemId;
                        },
                        changed -> offerReload())
                .ifPresent(id -> {
                    ErrorMessages.success(getTranslation("message.saved"));
                    close();
                    onSaved.accept(id);
                });
    }

    /** Someone else saved first: say so plainly, keep the user's input, and let them choose. */
    private void offerReload() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("conflict.title"));
        dialog.setText(getTranslation("conflict.text"));
        dialog.setConfirmText(getTranslation("conflict.reload"));
        dialog.addConfirmListener(e -> {
            // Only an edit meets someone else's save: a new item has nothing to reload yet.
            var latest = service.details(Objects.requireNonNull(itemId, "an edited item"));
            close();
            openForEdit(latest);
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("conflict.keep"));
        dialog.open();
    }

    private TextArea textArea(String labelKey, int maxLength) {
        var area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(maxLength);
        area.setMinRows(2);
        return area;
    }

    private ComboBox<String> quarterField(String labelKey) {
        var field = new ComboBox<String>(getTranslation(labelKey));
        field.setItems(Quarters.choices());
        field.setClearButtonVisible(true);
        return field;
    }

    private BigDecimalField euroField(String labelKey) {
        var field = new BigDecimalField(getTranslation(labelKey));
        field.setPrefixComponent(new Span("€"));
        return field;
    }

    private BigDecimalRangeValidator nonNegative(String fieldKey) {
        return new BigDecimalRangeValidator(
                getTranslation("validation.not-negative", getTranslation(fieldKey)), BigDecimal.ZERO, null);
    }

    private BigDecimalRangeValidator range(String fieldKey, int min, int max) {
        return new BigDecimalRangeValidator(
                getTranslation("validation.between", getTranslation(fieldKey), min, max),
                BigDecimal.valueOf(min),
                BigDecimal.valueOf(max));
    }

    /** No end, no start, or an end not before the start. */
    private static boolean endsInTime(@Nullable String start, @Nullable String end) {
        return end == null || start == null || Quarter.parse(end).compareTo(Quarter.parse(start)) >= 0;
    }

    private static @Nullable Option find(List<Option> options, @Nullable Long id) {
        return id == null
                ? null
                : options.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }
}
