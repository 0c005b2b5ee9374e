package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.INITIATIVE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.base.ColumnLimits;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.security.CurrentUser;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scores, rankings, the cut line and what-if; leaders set weights, ratings and the order. */
@Service
public class PriorityService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String RANKING_CHANGED = "priority.ranking-changed";

    private final PriorityRepository repository;
    private final DSLContext db;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    PriorityService(PriorityRepository repository, DSLContext db, AuditLog auditLog, CurrentUser currentUser) {
        this.repository = repository;
        this.db = db;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Weights weights() {
        var s = repository.settings();
        return new Weights(s.getWeightValue(), s.getWeightStrategicFit(), s.getWeightFeasibility(),
                s.getWeightUrgency(), s.getWeightRisk(), s.getVersion());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return currentUser.require().isLeader();
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void setWeights(Weights weights) {
        // Arrays.asList, not List.of: a weight left empty is null, which List.of would refuse with an NPE.
        for (var w : Arrays.asList(weights.value(), weights.strategicFit(), weights.feasibility(),
                weights.urgency(), weights.risk())) {
            ColumnLimits.number("field.weight", w, APP_SETTING.WEIGHT_VALUE);
            if (w == null || w.signum() < 0 || w.compareTo(HUNDRED) > 0) {
                throw new InvalidInputException("priority.weight-range");
            }
        }
        if (weights.total().signum() == 0) {
            throw new InvalidInputException("priority.weights-zero");
        }
        var settings = repository.settings();
        if (settings.getVersion() != weights.version()) {
            throw new ConcurrentEditException();
        }
        var before = AuditLog.snapshot(settings);
        settings.setWeightValue(weights.value());
        settings.setWeightStrategicFit(weights.strategicFit());
        settings.setWeightFeasibility(weights.feasibility());
        settings.setWeightUrgency(weights.urgency());
        settings.setWeightRisk(weights.risk());
        Versioned.store(settings);
        auditLog.record(new AuditEntry("WEIGHTS_SET", "app_setting", 1L, null, "Score weights changed", before,
                AuditLog.snapshot(settings)));
    }

    /** The track's open items in rank order (unranked after, by score), with the cut line against the envelope. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Ranking ranking(Track track, int year) {
        return ranking(track, year, Set.of());
    }

    private Ranking ranking(Track track, int year, Set<Long> leaveOut) {
        // The version first: an order stored between the two reads then shows with the older version, and the next
        // reorder from this view is refused rather than overwriting an order nobody saw.
        int version = repository.rankingVersion(track);
        var weights = weights();
        var items = repository.openItems(track, year).stream()
                .filter(item -> !leaveOut.contains(item.id()))
                .map(item -> new RankedItem(item.id(), item.title(), item.stage(), item.ambition(), item.rank(),
                        weights.score(item.value(), item.fit(), item.feasibility(), item.urgency(), item.risk()),
                        item.planned(), BigDecimal.ZERO, true, item.version()))
                .sorted(Comparator.comparing((RankedItem item) -> item.rank() == null)
                        .thenComparing(RankedItem::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RankedItem::score, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        var envelope = repository.envelope(track, year);
        return new Ranking(track, year, envelope, CutLine.apply(items, envelope), version);
    }

    /** Ids of the track's items below the cut line this year, for UNFUNDED badges wherever items appear. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Set<Long> unfundedIds(Track track, int year) {
        return ranking(track, year).items().stream().filter(item -> !item.funded()).map(RankedItem::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Stores a leader's order of a track's open items, made against the ranking {@code expectedVersion} they saw; the
     * list must name each of them exactly once. A stale version or list is refused and changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void reorder(Track track, int year, List<Long> orderedIds, int expectedVersion) {
        var before = ranking(track, year).items().stream().map(RankedItem::id).toList();
        if (orderedIds.size() != before.size() || !new HashSet<>(orderedIds).equals(new HashSet<>(before))) {
            throw new ConcurrentEditException(RANKING_CHANGED);
        }
        // Any reorder committed since the leader looked, even one just before the order above was read, moved the
        // version on: this claim then fails, so the order read above is the one this reorder replaces.
        if (!repository.claimRanking(track, expectedVersion)) {
            throw new ConcurrentEditException(RANKING_CHANGED);
        }
        repository.saveOrder(track, orderedIds);
        auditLog.record(new AuditEntry("RANKING_CHANGED", "ranking", null, null, "Ranking of " + track + " changed",
                "{\"order\": " + before + ", \"version\": " + expectedVersion + "}",
                "{\"order\": " + orderedIds + ", \"version\": " + (expectedVersion + 1) + "}"));
    }

    /** One click: the order becomes the score order (unrated items last), against the version the leader saw. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void sortByScore(Track track, int year, int expectedVersion) {
        var order = ranking(track, year).items().stream()
                .sorted(Comparator.comparing(RankedItem::score, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(RankedItem::id)
                .toList();
        reorder(track, year, order, expectedVersion);
    }

    /** Sets a leader's 1–5 ratings of an item (an owner's proposal ratings are confirmed or changed this way). */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void rate(long initiativeId, int expectedVersion, Ratings ratings) {
        for (var rating : Stream.of(ratings.value(), ratings.strategicFit(), ratings.feasibility(),
                ratings.urgency(), ratings.risk()).toList()) {
            if (rating == null || rating < 1 || rating > 5) {
                throw new InvalidInputException("priority.rating-range");
            }
        }
        var item = db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchOptional()
                .orElseThrow(NotFoundException::new);
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        var before = AuditLog.snapshot(item);
        item.setScoreValue(ratings.value().shortValue());
        item.setScoreStrategicFit(ratings.strategicFit().shortValue());
        item.setScoreFeasibility(ratings.feasibility().shortValue());
        item.setScoreUrgency(ratings.urgency().shortValue());
        item.setScoreRisk(ratings.risk().shortValue());
        Versioned.store(item);
        auditLog.record(new AuditEntry("RATINGS_SET", "initiative", initiativeId, initiativeId,
                "Ratings of " + item.getTitle(), before, AuditLog.snapshot(item)));
    }

    /** What stopping the chosen items would free and change; nothing is saved. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public WhatIf whatIf(int year, Set<Long> stop) {
        var current = Quarter.of(LocalDate.now());
        var freed = stop.isEmpty() ? java.util.Map.<String, BigDecimal>of() : repository.plannedAfter(stop, current);
        var total = freed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var rankings = new ArrayList<Ranking>();
        for (var track : Track.values()) {
            rankings.add(ranking(track, year, stop));
        }
        var shares = repository.redesignBeforeAndAfter(year, stop.isEmpty() ? List.of(-1L) : stop, current);
        return new WhatIf(freed, total, rankings, pct(shares[0], shares[1]), pct(shares[2], shares[3]));
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
