package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.initiative.InitiativeDraft;
import org.jspecify.annotations.Nullable;

/** The item form's planning fields (timebox, cost) and an experiment's outcomes, added to {@code form}. */
class PlanAndOutcomeFields {

    private final FormLayout form;
    private final Binder<InitiativeFormBean> binder;

    PlanAndOutcomeFields(FormLayout form, Binder<InitiativeFormBean> binder) {
        this.form = form;
        this.binder = binder;
    }

    void addPlanning() {
        var start = FormFields.quarterField(form, "field.start-quarter");
        var end = FormFields.quarterField(form, "field.end-quarter");
        binder.forField(start).bind(b -> b.startQuarter, (b, v) -> b.startQuarter = v);
        binder.forField(end)
                .withValidator(v -> endsInTime(start.getValue(), v), form.getTranslation("validation.end-before-start"))
                .bind(b -> b.endQuarter, (b, v) -> b.endQuarter = v);
        start.addValueChangeListener(e -> binder.validate());
        var cost = FormFields.euroField(form, "field.cost");
        binder.forField(cost)
                .withValidator(FormFields.nonNegative(form, "field.cost"))
                .bind(b -> b.costEstimate, (b, v) -> b.costEstimate = v);
        form.add(start, end, cost);
    }

    void addOutcomes() {
        var heading = new H3(form.getTranslation("experiment.outcomes"));
        heading.addClassName("form-section");
        form.add(heading, 2);
        var hours = new BigDecimalField(form.getTranslation("field.hours-saved"));
        binder.forField(hours)
                .withValidator(FormFields.nonNegative(form, "field.hours-saved"))
                .bind(b -> b.hoursSavedPerWeek, (b, v) -> b.hoursSavedPerWeek = v);
        var adoption = new BigDecimalField(form.getTranslation("field.adoption"));
        binder.forField(adoption)
                .withValidator(FormFields.range(form, "field.adoption", 0, 100))
                .bind(b -> b.adoptionPct, (b, v) -> b.adoptionPct = v);
        var satisfaction = new BigDecimalField(form.getTranslation("field.satisfaction"));
        binder.forField(satisfaction)
                .withValidator(FormFields.range(form, "field.satisfaction", 1, 5))
                .bind(b -> b.satisfaction, (b, v) -> b.satisfaction = v);
        form.add(hours, adoption, satisfaction);
        var learnings = FormFields.textArea(form, "field.learnings", InitiativeDraft.MAX_LEARNINGS);
        binder.forField(learnings).bind(b -> b.learnings, (b, v) -> b.learnings = v);
        form.add(learnings, 2);
    }

    /** No end, no start, or an end not before the start. */
    private static boolean endsInTime(@Nullable String start, @Nullable String end) {
        return end == null || start == null || Quarter.parse(end).compareTo(Quarter.parse(start)) >= 0;
    }
}
