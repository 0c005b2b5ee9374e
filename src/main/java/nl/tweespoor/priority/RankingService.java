package nl.tweespoor.priority;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Track;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.export.Spreadsheets;
import nl.tweespoor.priority.RankMoveRepository.Placed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A track's ranking a page at a time, and the leaders' moves in it. A move gives the moved item a rank between its new
 * neighbours' and writes no other row (except when it lands below items that had no rank yet, which get one first,
 * or when the gap has no room left and the track is renumbered once).
 * <p>
 * No lost updates: every move names the version of the order the leader saw and claims it; one made against an order
 * another leader changed since is refused (ConcurrentEditException). Why not apply "put X directly after Y" anyway
 * when X and Y still exist? Because the stored rank has no version of its own: a leader who had not seen another's
 * move of X would silently undo it. Adding or closing items does not move the version; moves name their neighbour
 * (drag and drop) or a position in the order seen, which stays well defined. Where an item stands is read before
 * the claim; a move committed in between moves the version, so the claim then fails. A move to where the item
 * already is changes nothing and claims nothing.
 */
@Service
public class RankingService {

    private static final String RANKING_CHANGED = "priority.ranking-changed";

    private final RankingRepository rankings;
    private final RankMoveRepository moves;
    private final AuditLog auditLog;
    private final PortfolioCache cache;
    private final Spreadsheets spreadsheets;

    RankingService(
            RankingRepository rankings,
            RankMoveRepository moves,
            AuditLog auditLog,
            PortfolioCache cache,
            Spreadsheets spreadsheets) {
        this.rankings = rankings;
        this.moves = moves;
        this.auditLog = auditLog;
        this.cache = cache;
        this.spreadsheets = spreadsheets;
    }

    /** Count, envelope, cut line and version of a track's ranking: what the page shows above its grid. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RankingSummary summary(Track track, int year) {
        return cache.get(List.of("ranking-summary", track, year), () -> rankings.summary(track, year));
    }

    /** One page of a track's ranking, in ranking order, with positions, running totals and the cut line. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RankedItem> page(Track track, int year, int offset, int limit) {
        var page = new PageRequest(offset, limit, List.of());
        // Each page windows over the whole track (positions and running totals): kept while nothing changes.
        return cache.get(
                List.of("ranking-page", track, year, page.offset(), page.limit()),
                () -> List.copyOf(rankings.page(track, year, page.offset(), page.limit())));
    }

    /**
     * Writes a track's whole ranking of the year as the page shows it — positions, scores, planned budget, running
     * totals and funding against the cut line — streamed from the database in the user's language, and records the
     * export. Anyone signed in reads the ranking, so anyone may export it.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void export(Track track, int year, ExportFormat format, Locale locale, OutputStream out) {
        long rows;
        try (var ranked = rankings.export(track, year)) {
            rows = spreadsheets.write(format, PriorityExport.layout(track), ranked, locale, out);
        }
        auditLog.recordExport(PriorityExport.list(track), format.name(), rows, "track=" + track + ", year=" + year);
    }

    /** Moves an item to {@code position} (1 = top) of the order the leader saw ({@code expectedVersion}). */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void moveToPosition(Track track, long itemId, int position, int expectedVersion) {
        var item = open(track, itemId);
        int count = moves.count(track);
        if (position < 1 || position > count) {
            throw new InvalidInputException("priority.position-range", count);
        }
        move(track, item, position, expectedVersion);
    }

    /** Moves an item to directly below ({@code after}) or above another one: a drop in the grid. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void moveNextTo(Track track, long itemId, long targetId, boolean after, int expectedVersion) {
        if (itemId == targetId) {
            return;
        }
        var item = open(track, itemId);
        int target = moves.positionWithout(track, itemId, targetId)
                .orElseThrow(() -> new ConcurrentEditException(RANKING_CHANGED));
        move(track, item, after ? target + 1 : target, expectedVersion);
    }

    /**
     * One click: the order becomes the score order (unrated items last, equal scores keep their order), against the
     * version the leader saw. One statement rewrites the track's ranks.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void sortByScore(Track track, int expectedVersion) {
        claim(track, expectedVersion);
        var before = moves.order(track);
        moves.sortByScore(track);
        auditLog.record(new AuditEntry(
                "RANKING_CHANGED",
                "ranking",
                null,
                null,
                "Ranking of " + track + " sorted by score",
                "{\"order\": " + before + ", \"version\": " + expectedVersion + "}",
                "{\"order\": " + moves.order(track) + ", \"version\": " + (expectedVersion + 1) + "}"));
    }

    private void claim(Track track, int expectedVersion) {
        // Any move committed since the leader looked moved the version on: the claim fails and nothing is written.
        if (!moves.claimRanking(track, expectedVersion)) {
            throw new ConcurrentEditException(RANKING_CHANGED);
        }
    }

    /** An open item of the track; one closed or moved to the other track since the leader looked is refused. */
    private Placed open(Track track, long itemId) {
        return moves.placed(track, itemId).orElseThrow(() -> new ConcurrentEditException(RANKING_CHANGED));
    }

    private void move(Track track, Placed item, int position, int expectedVersion) {
        if (position == item.position()) {
            return;
        }
        claim(track, expectedVersion);
        place(track, item, position, expectedVersion);
    }

    private void place(Track track, Placed item, int position, int version) {
        var rank = rankAt(track, item, position);
        moves.setRank(item.id(), rank);
        auditLog.record(new AuditEntry(
                "RANKING_MOVED",
                "initiative",
                item.id(),
                item.id(),
                item.title() + " moved from position " + item.position() + " to " + position + " (" + track + ")",
                state(item.position(), item.rank(), version),
                state(position, rank, version + 1)));
    }

    /** A rank that puts the item at {@code position}: between the items that will be above and below it. */
    private BigDecimal rankAt(Track track, Placed item, int position) {
        for (int attempt = 0; ; attempt++) {
            Placed above = null;
            Placed below = null;
            for (var neighbour : moves.without(track, item.id(), position - 1, position)) {
                if (neighbour.position() == position - 1) {
                    above = neighbour;
                } else {
                    below = neighbour;
                }
            }
            var aboveRank = above == null ? null : above.rank();
            if (above != null && aboveRank == null) {
                // Below an item without a rank: it and the unranked items above it get ranks first, in the order
                // they are shown (by score), so the move does not reshuffle them.
                var highest = moves.highestRank(track);
                moves.rankUnrankedDownTo(track, item.id(), above.position(), highest);
                return highest.add(BigDecimal.valueOf(above.position()))
                        .setScale(0, RoundingMode.FLOOR)
                        .add(BigDecimal.ONE);
            }
            // above, if any, has a rank by now: an unranked one was handled just before
            var low = aboveRank == null ? BigDecimal.ZERO : aboveRank;
            var high = below == null ? null : below.rank();
            var rank = Ranks.between(low, high);
            if (rank.isPresent()) {
                return rank.get();
            }
            if (attempt > 0) {
                throw new IllegalStateException("No rank between " + low + " and " + high + " after renumbering");
            }
            // No room left in this gap (or two neighbours share a rank): ranks 1, 2, 3… once, then try again.
            moves.renumber(track);
        }
    }

    private static String state(int position, @Nullable BigDecimal rank, int version) {
        return "{\"position\": " + position + ", \"rank\": " + (rank == null ? "null" : rank.toPlainString())
                + ", \"rankingVersion\": " + version + "}";
    }
}
