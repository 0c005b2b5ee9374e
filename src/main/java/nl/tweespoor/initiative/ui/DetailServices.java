package nl.tweespoor.initiative.ui;

import java.util.List;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.base.ui.ItemPageSection;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.comment.CommentService;
import nl.tweespoor.initiative.InitiativeLifecycleService;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.initiative.OwnershipService;
import nl.tweespoor.initiative.ProgrammePlanService;
import nl.tweespoor.status.FlagService;
import nl.tweespoor.status.StatusService;
import org.springframework.stereotype.Component;

/** The services an item's page talks to, handed over as one. */
@Component
record DetailServices(
        InitiativeService initiatives,
        InitiativeLifecycleService lifecycle,
        OwnershipService ownership,
        ProgrammePlanService plans,
        CommentService comments,
        DepartmentService departments,
        BudgetService budgets,
        StatusService statuses,
        FlagService flags,
        List<ItemPageSection> sections) {}
