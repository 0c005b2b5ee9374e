package nl.tweespoor.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Track;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.status.ItemSignals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review meeting's agenda: paged and filtered in the database, flagged items first, the evidence of one item at a
 * time, and the bulk decision for the long tail. What each call does depends on the rows asked for, not on the size
 * of the portfolio.
 */
@Service
public class AgendaService {

    private final ReviewRepository reviews;
    private final AgendaQueries queries;
    private final AgendaFlagSql flags;
    private final AgendaEvidence evidence;
    private final KeptEvidence kept;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    AgendaService(
            ReviewRepository reviews,
            AgendaQueries queries,
            AgendaFlagSql flags,
            AgendaEvidence evidence,
            KeptEvidence kept,
            CurrentUser currentUser,
            AuditLog auditLog) {
        this.reviews = reviews;
        this.queries = queries;
        this.flags = flags;
        this.evidence = evidence;
        this.kept = kept;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /**
     * One page of the agenda: flagged items first, then by track and title — by track and title only for a review
     * closed before evidence was kept, whose flags at the time are not known.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgendaRow> page(long reviewId, AgendaFilter filter, int offset, int limit) {
        var source = source(reviewId);
        if (source == AgendaItem.Evidence.KEPT) {
            return withDecisions(reviewId, kept.page(reviewId, filter, offset, limit)).stream()
                    .map(AgendaService::row)
                    .toList();
        }
        var lines = queries.page(reviewId, closed(reviewId), filter, flags.sql(source), offset, limit);
        var signals = flags.signals(lines.stream().map(AgendaQueries.Line::id).toList(), source);
        return lines.stream()
                .map(line -> row(line, AgendaFlagSql.of(signals, line.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(long reviewId, AgendaFilter filter) {
        var source = source(reviewId);
        if (source == AgendaItem.Evidence.KEPT) {
            return kept.count(reviewId, filter);
        }
        return queries.count(reviewId, closed(reviewId), filter, flags.sql(source));
    }

    /** One agenda row afresh, e.g. after its decision was saved; empty when the item is not on this agenda. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<AgendaRow> row(long reviewId, long initiativeId) {
        var source = source(reviewId);
        if (source == AgendaItem.Evidence.KEPT) {
            return kept.item(reviewId, initiativeId)
                    .map(item -> row(withDecisions(reviewId, List.of(item)).getFirst()));
        }
        return queries.line(reviewId, closed(reviewId), initiativeId)
                .map(line -> row(line, AgendaFlagSql.of(flags.signals(List.of(line.id()), source), line.id())));
    }

    /** The evidence and decision of one agenda item. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AgendaItem evidence(long reviewId, long initiativeId) {
        var source = source(reviewId);
        if (source == AgendaItem.Evidence.KEPT) {
            var item = kept.item(reviewId, initiativeId).orElseThrow(NotFoundException::new);
            return withDecisions(reviewId, List.of(item)).getFirst();
        }
        var line = queries.line(reviewId, source != AgendaItem.Evidence.LIVE, initiativeId)
                .orElseThrow(NotFoundException::new);
        if (source == AgendaItem.Evidence.NOT_KEPT) {
            return notKept(reviewId, List.of(line)).getFirst();
        }
        var ids = List.of(initiativeId);
        return evidence.of(reviewId, ids, flags.signals(ids)).get(0);
    }

    /** The whole agenda with its evidence, in agenda order: for the board pack. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgendaItem> all(long reviewId) {
        var source = source(reviewId);
        if (source == AgendaItem.Evidence.KEPT) {
            return withDecisions(reviewId, kept.page(reviewId, AgendaFilter.ALL, 0, Integer.MAX_VALUE));
        }
        var lines = queries.page(
                reviewId,
                source != AgendaItem.Evidence.LIVE,
                AgendaFilter.ALL,
                flags.sql(source),
                0,
                Integer.MAX_VALUE);
        if (source == AgendaItem.Evidence.NOT_KEPT) {
            return notKept(reviewId, lines);
        }
        var ids = lines.stream().map(AgendaQueries.Line::id).toList();
        return evidence.of(reviewId, ids, flags.signals(ids));
    }

    /**
     * Where the review's evidence comes from: today's data while it is open; once closed, the evidence kept at its
     * closing, or none for a review closed before evidence was kept.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AgendaItem.Evidence source(long reviewId) {
        if (!closed(reviewId)) {
            return AgendaItem.Evidence.LIVE;
        }
        return kept.kept(reviewId) ? AgendaItem.Evidence.KEPT : AgendaItem.Evidence.NOT_KEPT;
    }

    /** Since when closing a review keeps its evidence (reviews closed before have none). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public OffsetDateTime evidenceKeptSince() {
        return kept.since();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AgendaProgress progress(long reviewId) {
        return queries.progress(reviewId, closed(reviewId));
    }

    /** How many items the bulk decision would continue: undecided and without flags; none once closed. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countContinuable(long reviewId) {
        if (closed(reviewId)) {
            return 0;
        }
        return queries.countUndecided(reviewId, flags.sql().unflagged());
    }

    /**
     * CONTINUE for every undecided item without flags, with one reason: each still its own decision row, written by
     * one INSERT ... SELECT. {@code expected} is the number the leader confirmed; if it changed meanwhile (a decision,
     * a new flag), nothing is written and the leader sees the new number. Locks the review as a single decision does.
     * <p>
     * Audited with one DECISION_RECORDED event per decision, exactly as deciding one by one writes it, rather than one
     * summarising event: each item's history then shows its own decision and who took it, whichever way it was taken.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public int continueUnflagged(long reviewId, String reason, int expected) {
        var review = reviews.lockedReview(reviewId).orElseThrow(NotFoundException::new);
        review.requireInProgress();
        DecisionRules.check(new DecisionDraft(Decision.CONTINUE, reason, null, null), null, null);
        var unflagged = flags.sql().unflagged();
        if (queries.countUndecided(reviewId, unflagged) != expected) {
            throw new ConcurrentEditException("review.bulk-changed");
        }
        if (expected == 0) {
            return 0;
        }
        var decided = queries.continueUndecided(
                reviewId, unflagged, reason.trim(), currentUser.require().id());
        auditLog.recordAll(
                "DECISION_RECORDED", "review_decision", queries.recordedDecisions(decided, review.quarter()));
        return decided.size();
    }

    private boolean closed(long reviewId) {
        return reviews.state(reviewId).orElseThrow(NotFoundException::new) == ReviewState.CLOSED;
    }

    /** Kept items get the review's own decisions (final once closed, so read as they are). */
    private List<AgendaItem> withDecisions(long reviewId, List<AgendaItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        var decisions = kept.decisions(
                reviewId, items.stream().map(AgendaItem::initiativeId).toList());
        return items.stream()
                .map(item -> item.withDecision(decisions.get(item.initiativeId())))
                .toList();
    }

    /**
     * A review closed before evidence was kept: each item with its decisions (this review's and the others', all
     * final), and no evidence rather than today's.
     */
    private List<AgendaItem> notKept(long reviewId, List<AgendaQueries.Line> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        var decisions =
                queries.decisionsOf(lines.stream().map(AgendaQueries.Line::id).toList());
        return lines.stream()
                .map(line -> {
                    var all = decisions.getOrDefault(line.id(), List.of());
                    return notKept(
                                    line,
                                    all.stream()
                                            .filter(d -> d.reviewId() != reviewId)
                                            .toList())
                            .withDecision(all.stream()
                                    .filter(d -> d.reviewId() == reviewId)
                                    .findFirst()
                                    .orElse(null));
                })
                .toList();
    }

    private static AgendaItem notKept(AgendaQueries.Line line, List<DecisionRow> previous) {
        return new AgendaItem(
                line.id(),
                line.track().name(),
                line.title(),
                line.stage().name(),
                line.owner(),
                null,
                new ItemSignals(line.id(), null, Set.of()),
                null,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "",
                previous,
                null,
                List.of(),
                null,
                AgendaItem.Principles.NONE,
                AgendaItem.Evidence.NOT_KEPT);
    }

    private static AgendaRow row(AgendaItem item) {
        var decision = item.decision();
        return new AgendaRow(
                item.initiativeId(),
                Track.valueOf(item.track()),
                item.title(),
                item.stage(),
                item.owner(),
                item.signals(),
                decision == null ? null : decision.decision());
    }

    private static AgendaRow row(AgendaQueries.Line line, ItemSignals signals) {
        return new AgendaRow(
                line.id(),
                line.track(),
                line.title(),
                line.stage().name(),
                line.owner(),
                signals,
                line.decision() == null ? null : Decision.valueOf(line.decision()));
    }
}
