package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.math.BigDecimal;
import java.util.Collection;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.Initiative;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Where a track's cut line falls in a year: the first item whose running total of planned budget passes the envelope
 * ({@code firstUnfunded}, null when everything is funded). Planned budget is never negative, so the running total
 * only grows and every item from that one down is unfunded: {@link #below()} says so of an INITIATIVE row in SQL,
 * without ranking again. Compute it once per request ({@link PriorityService#cutLine}); it holds the weights it was
 * computed with, so the condition orders rows exactly as the ranking did.
 */
public record CutLine(Track track, int year, Weights weights, FirstUnfunded firstUnfunded) {

    /**
     * The first unfunded item: its id, its position (1 = top) and the sort key it had in the ranking (rank null while
     * unranked, score null while unrated).
     */
    public record FirstUnfunded(long id, int position, BigDecimal rank, BigDecimal score) {}

    public boolean everythingFunded() {
        return firstUnfunded == null;
    }

    /** "This INITIATIVE row is below the cut line": an open item of the track at or after the first unfunded one. */
    public Condition below() {
        return below(INITIATIVE);
    }

    /** The same, for the initiative table under an alias of the caller's query. */
    public Condition below(Initiative item) {
        if (firstUnfunded == null) {
            return DSL.falseCondition();
        }
        var first = firstUnfunded;
        return item.TRACK
                .eq(track.name())
                .and(item.STAGE.in(Stage.openNames()))
                .and(RankingSql.key(item.PRIORITY_RANK, RankingSql.score(item, weights), item.ID)
                        .ge(RankingSql.key(
                                DSL.val(first.rank(), item.PRIORITY_RANK.getDataType()),
                                DSL.val(first.score(), item.PRIORITY_RANK.getDataType()),
                                DSL.val(first.id()))));
    }

    /** Below the cut line of any of the given tracks' lines. */
    public static Condition belowAny(Collection<CutLine> lines, Initiative item) {
        return DSL.or(lines.stream().map(line -> line.below(item)).toList());
    }
}
