package nl.tweespoor.initiative.ui;

import java.math.BigDecimal;
import nl.tweespoor.base.Option;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.initiative.InitiativeDraft;
import nl.tweespoor.initiative.Layer;

/** The form's editable copy of a draft; Binder writes into it and the service receives it as a draft. */
class InitiativeFormBean {

    String title;
    String description;
    String hypothesis;
    Layer layer;
    Ambition ambition = Ambition.OPTIMISE;
    Option department;
    Option goal;
    String sponsor;
    String leadName;
    Integer participants;
    String toolVendor;
    String useCaseCategory;
    String journey;
    String startQuarter;
    String endQuarter;
    BigDecimal costEstimate;
    BigDecimal hoursSavedPerWeek;
    BigDecimal adoptionPct;
    BigDecimal satisfaction;
    String learnings;

    static InitiativeFormBean from(InitiativeDraft draft, Option department, Option goal) {
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
        bean.journey = draft.journey();
        bean.startQuarter = draft.startQuarter();
        bean.endQuarter = draft.endQuarter();
        bean.costEstimate = draft.costEstimate();
        bean.hoursSavedPerWeek = draft.hoursSavedPerWeek();
        bean.adoptionPct = draft.adoptionPct();
        bean.satisfaction = draft.satisfaction();
        bean.learnings = draft.learnings();
        return bean;
    }

    InitiativeDraft toDraft() {
        return new InitiativeDraft(
                title,
                description,
                hypothesis,
                layer,
                ambition,
                department == null ? null : department.id(),
                goal == null ? null : goal.id(),
                sponsor,
                leadName,
                participants,
                toolVendor,
                useCaseCategory,
                journey,
                startQuarter,
                endQuarter,
                costEstimate,
                hoursSavedPerWeek,
                adoptionPct,
                satisfaction,
                learnings);
    }
}
