package nl.tweespoor.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.tweespoor.benefits.AmbitionMirrorService;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.priority.PriorityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board pack of a review as an A4 PDF: this service gathers what it says ({@link BoardPack}) in one read-only
 * transaction; {@link BoardPackRenderer} lays it out in the reader's language.
 */
@Service
public class BoardPackService {

    private final ReviewService reviews;
    private final DecisionService decisions;
    private final ReviewRepository repository;
    private final BudgetService budgets;
    private final PriorityService priorities;
    private final AmbitionMirrorService mirrors;
    private final BoardPackRenderer renderer;

    BoardPackService(
            ReviewService reviews,
            DecisionService decisions,
            ReviewRepository repository,
            BudgetService budgets,
            PriorityService priorities,
            AmbitionMirrorService mirrors,
            BoardPackRenderer renderer) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.repository = repository;
        this.budgets = budgets;
        this.priorities = priorities;
        this.mirrors = mirrors;
        this.renderer = renderer;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(long reviewId, Locale locale) {
        return renderer.render(gather(reviewId), locale);
    }

    private BoardPack gather(long reviewId) {
        var review = reviews.review(reviewId);
        var agenda = reviews.agenda(reviewId);
        var counts = decisions.decisionCounts(reviewId);
        var organisation = repository.organisationName();
        var released = agenda.stream()
                .map(AgendaItem::decision)
                .filter(d -> d != null && d.budgetReleased() != null)
                .map(DecisionRow::budgetReleased)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var shares = redesignShares(review, agenda);
        return new BoardPack(organisation, review, agenda, counts, released, shares[0], shares[1], mirrors.mirror());
    }

    /** Redesign share of this year before and after the review's STOP decisions. */
    private BigDecimal[] redesignShares(ReviewRow review, List<AgendaItem> agenda) {
        int year = Year.now().getValue();
        var stops = new HashSet<Long>();
        agenda.stream()
                .filter(a -> a.decision() != null && a.decision().decision() == Decision.STOP)
                .forEach(a -> stops.add(a.initiativeId()));
        if (!review.closed()) {
            var whatIf = priorities.whatIf(year, stops);
            return new BigDecimal[] {whatIf.redesignShareBefore(), whatIf.redesignShareAfter()};
        }
        // Closed: the budget is already released; add it back to see the share before.
        var balance = budgets.yearTotals(year).balance();
        var releasedRedesign = BigDecimal.ZERO;
        var releasedAll = BigDecimal.ZERO;
        Set<Long> redesignIds = stops.isEmpty() ? Set.of() : repository.redesigns(stops);
        for (var item : agenda) {
            var d = item.decision();
            if (d != null && d.budgetReleased() != null) {
                releasedAll = releasedAll.add(d.budgetReleased());
                if (redesignIds.contains(item.initiativeId())) {
                    releasedRedesign = releasedRedesign.add(d.budgetReleased());
                }
            }
        }
        var total = balance.totalPlanned().add(releasedAll);
        var before = total.signum() == 0
                ? BigDecimal.ZERO
                : balance.redesignPlanned()
                        .add(releasedRedesign)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(total, 1, RoundingMode.HALF_UP);
        return new BigDecimal[] {before, balance.sharePct()};
    }
}
