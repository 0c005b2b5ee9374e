package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.util.Collection;
import nl.tweespoor.db.tables.Initiative;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * A {@link CutLine} in SQL: "this INITIATIVE row is below the cut line", for flags on any number of rows without
 * ranking again. The condition orders rows with the weights the cut line was computed with, exactly as the ranking.
 */
public final class CutLineSql {

    private CutLineSql() {}

    /** "This INITIATIVE row is below the cut line": an open item of the track at or after the first unfunded one. */
    public static Condition below(CutLine line) {
        return below(line, INITIATIVE);
    }

    /** The same, for the initiative table under an alias of the caller's query. */
    public static Condition below(CutLine line, Initiative item) {
        var first = line.firstUnfunded();
        if (first == null) {
            return DSL.falseCondition();
        }
        return item.TRACK
                .eq(line.track())
                .and(item.STAGE.in(Stage.OPEN))
                .and(RankingSql.key(item.PRIORITY_RANK, RankingSql.score(item, line.weights()), item.ID)
                        .ge(RankingSql.key(
                                DSL.val(first.rank(), item.PRIORITY_RANK.getDataType()),
                                DSL.val(first.score(), item.PRIORITY_RANK.getDataType()),
                                DSL.val(first.id()))));
    }

    /** Below the cut line of any of the given tracks' lines. */
    public static Condition belowAny(Collection<CutLine> lines, Initiative item) {
        return DSL.or(lines.stream().map(line -> below(line, item)).toList());
    }
}
