package nl.tweespoor.review;

import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import nl.tweespoor.benefits.AmbitionMirrorService;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.priority.PriorityService;
import org.springframework.stereotype.Component;

/**
 * A review's figures as today's data has them (for an open review, and for the moment of closing, before its effects
 * apply): the redesign share before and after is the what-if of the review's STOP decisions.
 */
@Component
class PackFigures {

    private final ReviewRepository repository;
    private final BudgetService budgets;
    private final PriorityService priorities;
    private final AmbitionMirrorService mirrors;

    PackFigures(
            ReviewRepository repository,
            BudgetService budgets,
            PriorityService priorities,
            AmbitionMirrorService mirrors) {
        this.repository = repository;
        this.budgets = budgets;
        this.priorities = priorities;
        this.mirrors = mirrors;
    }

    PackEvidence live(List<AgendaItem> agenda) {
        int year = Year.now().getValue();
        var stops = agenda.stream()
                .filter(a -> a.decision() != null && a.decision().decision() == Decision.STOP)
                .map(AgendaItem::initiativeId)
                .collect(Collectors.toSet());
        var whatIf = priorities.whatIf(year, stops);
        var totals = budgets.yearTotals(year);
        return new PackEvidence(
                repository.organisationName(),
                year,
                totals.tracks(),
                whatIf.redesignShareBefore(),
                whatIf.redesignShareAfter(),
                totals.balance().targetPct(),
                mirrors.mirror());
    }
}
