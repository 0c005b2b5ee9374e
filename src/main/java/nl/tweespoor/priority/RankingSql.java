package nl.tweespoor.priority;

import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.db.tables.AppSetting;
import nl.tweespoor.db.tables.Initiative;
import org.jooq.Field;
import org.jooq.Row5;
import org.jooq.SortField;
import org.jooq.impl.SQLDataType;

/**
 * The ranking rule in SQL, written once: the score of {@link Weights#score} and the order of a track — ranked items by
 * rank, unranked ones after them by score (highest first, unrated last), then by id.
 */
final class RankingSql {

    private RankingSql() {}

    /** An item's score with the weights of the settings row, null while a rating is missing. */
    static Field<BigDecimal> score(Initiative item, AppSetting weights) {
        return score(
                item,
                weights.WEIGHT_VALUE,
                weights.WEIGHT_STRATEGIC_FIT,
                weights.WEIGHT_FEASIBILITY,
                weights.WEIGHT_URGENCY,
                weights.WEIGHT_RISK);
    }

    /** The same score with weights read earlier (the cut line's condition). */
    static Field<BigDecimal> score(Initiative item, Weights weights) {
        return score(
                item,
                number(weights.value()),
                number(weights.strategicFit()),
                number(weights.feasibility()),
                number(weights.urgency()),
                number(weights.risk()));
    }

    private static Field<BigDecimal> number(BigDecimal value) {
        return val(value, SQLDataType.NUMERIC);
    }

    private static Field<BigDecimal> score(
            Initiative item,
            Field<BigDecimal> value,
            Field<BigDecimal> fit,
            Field<BigDecimal> feasibility,
            Field<BigDecimal> urgency,
            Field<BigDecimal> risk) {
        var total = value.plus(fit).plus(feasibility).plus(urgency).plus(risk);
        var weighted = value.times(item.SCORE_VALUE)
                .plus(fit.times(item.SCORE_STRATEGIC_FIT))
                .plus(feasibility.times(item.SCORE_FEASIBILITY))
                .plus(urgency.times(item.SCORE_URGENCY))
                .plus(risk.times(inline(6).minus(item.SCORE_RISK)));
        var unrated = item.SCORE_VALUE
                .isNull()
                .or(item.SCORE_STRATEGIC_FIT.isNull())
                .or(item.SCORE_FEASIBILITY.isNull())
                .or(item.SCORE_URGENCY.isNull())
                .or(item.SCORE_RISK.isNull())
                .or(total.eq(BigDecimal.ZERO));
        // round() in PostgreSQL rounds half away from zero: for these positive scores the HALF_UP of Weights.score.
        return when(unrated, castNull(SQLDataType.NUMERIC)).otherwise(round(weighted.div(total), 2));
    }

    /** The order of a ranking. */
    static List<SortField<?>> order(Field<BigDecimal> rank, Field<BigDecimal> score, Field<Long> id) {
        return List.of(rank.asc().nullsLast(), score.desc().nullsLast(), id.asc());
    }

    /**
     * The same order as a key without nulls, for comparing rows in a condition: row(key(a)) >= row(key(b)) holds
     * exactly when a comes at or after b in {@link #order}.
     */
    static Row5<Integer, BigDecimal, Integer, BigDecimal, Long> key(
            Field<BigDecimal> rank, Field<BigDecimal> score, Field<Long> id) {
        return row(
                when(rank.isNull(), inline(1)).otherwise(inline(0)),
                coalesce(rank, inline(BigDecimal.ZERO)),
                when(score.isNull(), inline(1)).otherwise(inline(0)),
                coalesce(score, inline(BigDecimal.ZERO)).neg(),
                id);
    }
}
