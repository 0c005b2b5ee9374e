package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.budget.Reserve;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scores, rankings, the cut line and what-if; leaders set weights, ratings and the order. */
@Service
public class PriorityService {

    /** app_setting's weight columns: numeric(5, 2). */
    public static final int WEIGHT_PRECISION = 5;

    public static final int WEIGHT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PriorityRepository repository;
    private final RankingRepository rankings;
    private final RankMoveRepository moves;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final PortfolioCache cache;
    private final ReserveService reserves;

    PriorityService(
            PriorityRepository repository,
            RankingRepository rankings,
            RankMoveRepository moves,
            AuditLog auditLog,
            CurrentUser currentUser,
            PortfolioCache cache,
            ReserveService reserves) {
        this.repository = repository;
        this.rankings = rankings;
        this.moves = moves;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.cache = cache;
        this.reserves = reserves;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Weights weights() {
        return repository.weights();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return currentUser.require().isLeader();
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void setWeights(Weights weights) {
        // Arrays.asList, not List.of: a weight left empty is null, which List.of would refuse with an NPE.
        for (var w : Arrays.asList(
                weights.value(), weights.strategicFit(), weights.feasibility(), weights.urgency(), weights.risk())) {
            Drafts.amount("field.weight", w, WEIGHT_PRECISION, WEIGHT_SCALE);
            if (w == null || w.signum() < 0 || w.compareTo(HUNDRED) > 0) {
                throw new InvalidInputException("priority.weight-range");
            }
        }
        if (weights.total().signum() == 0) {
            throw new InvalidInputException("priority.weights-zero");
        }
        var stored = repository.storeWeights(weights);
        auditLog.record(new AuditEntry(
                "WEIGHTS_SET", "app_setting", 1L, null, "Score weights changed", stored.before(), stored.after()));
    }

    /**
     * The whole of a track's ranking with the cut line against the envelope, for callers that need every line; the
     * priorities page pages through {@link RankingService} instead.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Ranking ranking(Track track, int year) {
        // The version first: an order stored between the reads then shows with the older version, and the next move
        // made from it is refused rather than applied to an order nobody saw.
        int version = moves.rankingVersion(track);
        var items = rankings.all(track, year);
        return new Ranking(track, year, repository.envelope(track, year), items, version);
    }

    /** Ids of the track's items below the cut line this year. Flags should use {@link #cutLine} instead. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Set<Long> unfundedIds(Track track, int year) {
        return rankings.unfundedIds(track, year);
    }

    /**
     * Where the track's cut line falls this year, in one statement; {@link CutLineSql#below} then tells in SQL which
     * INITIATIVE rows are unfunded, for flags on any number of rows without ranking again. Kept while the portfolio
     * is unchanged: ranking a track's thousands of open items is the dearest part of every flagged view.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public CutLine cutLine(Track track, int year) {
        return cache.get(List.of("cut-line", track, year), () -> rankings.cutLine(track, year));
    }

    /** Sets a leader's 1–5 ratings of an item (an owner's proposal ratings are confirmed or changed this way). */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void rate(long initiativeId, int expectedVersion, Ratings ratings) {
        for (var rating : Stream.of(
                        ratings.value(),
                        ratings.strategicFit(),
                        ratings.feasibility(),
                        ratings.urgency(),
                        ratings.risk())
                .toList()) {
            if (rating == null || rating < Ratings.LOWEST || rating > Ratings.HIGHEST) {
                throw new InvalidInputException("priority.rating-range");
            }
        }
        var rated = repository.rate(initiativeId, expectedVersion, ratings).orElseThrow(NotFoundException::new);
        auditLog.record(new AuditEntry(
                "RATINGS_SET",
                "initiative",
                initiativeId,
                initiativeId,
                "Ratings of " + rated.row(),
                rated.before(),
                rated.after()));
    }

    /** What stopping the chosen items would free and change; nothing is saved. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public WhatIf whatIf(int year, Set<Long> stop) {
        var current = Quarter.of(LocalDate.now());
        var freed = stop.isEmpty() ? Map.<String, BigDecimal>of() : repository.plannedAfter(stop, current);
        var total = freed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var unfunded = rankings.unfundedCounts(year, stop);
        var stopped = stop.isEmpty() ? List.of(-1L) : stop;
        var shares = repository.redesignBeforeAndAfter(year, stopped, current);
        var reserve = reserves.reserve(year);
        var released = repository.releasedByAmbition(year, stopped, current);
        return new WhatIf(
                freed,
                total,
                unfunded,
                pct(shares[0], shares[1]),
                pct(shares[2], shares[3]),
                reserve,
                after(reserve, released[0], released[1]));
    }

    /** The reserve with the stopped items' released optimise and redesign plans taken out; never saved. */
    private static Reserve after(Reserve before, BigDecimal releasedOptimise, BigDecimal releasedRedesign) {
        return new Reserve(
                before.year(),
                before.amount(),
                before.envelopes(),
                before.redesignPlanned().subtract(releasedRedesign),
                before.optimisePlanned().subtract(releasedOptimise),
                before.overrides(),
                before.version());
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
