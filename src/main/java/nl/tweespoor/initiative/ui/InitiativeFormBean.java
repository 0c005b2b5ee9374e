package nl.tweespoor.initiative.ui;

import java.math.BigDecimal;
import java.util.Objects;
import nl.tweespoor.base.Option;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.initiative.InitiativeDraft;
import nl.tweespoor.initiative.Layer;
import org.jspecify.annotations.Nullable;

/** The form's editable copy of a draft; Binder writes into it and the service receives it as a draft. */
class InitiativeFormBean {

    @Nullable String title;

    @Nullable String description;

    @Nullable String hypothesis;

    @Nullable Layer layer;

    @Nullable Ambition ambition = Ambition.OPTIMISE;

    @Nullable Option department;

    @Nullable Option goal;

    @Nullable String sponsor;

    @Nullable String leadName;

    @Nullable Integer participants;

    @Nullable String toolVendor;

    @Nullable String useCaseCategory;

    @Nullable Option journey;

    @Nullable Option exploresProgramme;

    @Nullable String startQuarter;

    @Nullable String endQuarter;

    @Nullable BigDecimal costEstimate;

    @Nullable BigDecimal hoursSavedPerWeek;

    @Nullable BigDecimal adoptionPct;

    @Nullable BigDecimal satisfaction;

    @Nullable String learnings;

    static InitiativeFormBean from(
            InitiativeDraft draft,
            @Nullable Option department,
            @Nullable Option goal,
            @Nullable Option journey,
            @Nullable Option exploresProgramme) {
        var bean = new InitiativeFormBean();
        bean.title = draft.title();
        bean.description = draft.description();
        bean.hypothesis = draft.hypothesis();
        bean.layer = draft.layer();
        bean.ambition = draft.ambition();
        bean.department = department;
        bean.goal = goal;
        bean.sponsor = draft.sponsor();
        bean.leadName = draft.leadName();
        bean.participants = draft.participants();
        bean.toolVendor = draft.toolVendor();
        bean.useCaseCategory = draft.useCaseCategory();
        bean.journey = journey;
        bean.exploresProgramme = exploresProgramme;
        bean.startQuarter = draft.startQuarter();
        bean.endQuarter = draft.endQuarter();
        bean.costEstimate = draft.costEstimate();
        bean.hoursSavedPerWeek = draft.hoursSavedPerWeek();
        bean.adoptionPct = draft.adoptionPct();
        bean.satisfaction = draft.satisfaction();
        bean.learnings = draft.learnings();
        return bean;
    }

    /** Only once the binder has validated the bean: title, layer and ambition are required. */
    InitiativeDraft toDraft() {
        return new InitiativeDraft(
                Objects.requireNonNull(title, "title"),
                description,
                hypothesis,
                Objects.requireNonNull(layer, "layer"),
                Objects.requireNonNull(ambition, "ambition"),
                department == null ? null : department.id(),
                goal == null ? null : goal.id(),
                sponsor,
                leadName,
                participants,
                toolVendor,
                useCaseCategory,
                journey == null ? null : journey.id(),
                exploresProgramme == null ? null : exploresProgramme.id(),
                startQuarter,
                endQuarter,
                costEstimate,
                hoursSavedPerWeek,
                adoptionPct,
                satisfaction,
                learnings);
    }
}
