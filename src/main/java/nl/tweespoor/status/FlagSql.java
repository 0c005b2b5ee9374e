package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.priority.CutLine;
import nl.tweespoor.priority.CutLineSql;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The flags of PRODUCT.md §4 as SQL over {@code INITIATIVE} rows, so a query can compute, count, filter and sort by
 * them for the rows it returns instead of Java working through every item. One instance holds what is fixed for a
 * request: the moment "stale" is measured against, the current quarter and the cut lines of the year.
 */
public final class FlagSql {

    private final OffsetDateTime staleBefore;
    private final String currentQuarter;
    private final Object cutLines;
    private final Condition belowCutLine;

    FlagSql(OffsetDateTime staleBefore, Quarter current, List<CutLine> cutLines) {
        this(staleBefore, current, List.copyOf(cutLines), CutLineSql.belowAny(cutLines, INITIATIVE));
    }

    /** With any condition for "below the cut line" (tests make an item unfunded this way). */
    FlagSql(OffsetDateTime staleBefore, Quarter current, Condition belowCutLine) {
        this(staleBefore, current, belowCutLine, belowCutLine);
    }

    private FlagSql(OffsetDateTime staleBefore, Quarter current, Object cutLines, Condition belowCutLine) {
        this.staleBefore = staleBefore;
        this.currentQuarter = current.toString();
        this.cutLines = cutLines;
        this.belowCutLine = belowCutLine;
    }

    /** What these flags are computed from besides the data: equal inputs, equal flags on the same rows. */
    List<Object> inputs() {
        return List.of(staleBefore, currentQuarter, cutLines);
    }

    /** The condition that an INITIATIVE row carries the flag. */
    public Condition has(Flag flag) {
        var active = INITIATIVE.STAGE.in(Stage.ACTIVE);
        return switch (flag) {
            // More than N whole days without a sign of life: the last update, or the creation when there is none.
            case STALE -> stale(staleBefore);
            case OVER_BUDGET -> overBudget();
            case RED -> active.and(lastRag().eq(Rag.RED));
            // Quarters are written 'YYYY-Qn', so their text order is their time order.
            case DUE -> active.and(INITIATIVE.END_QUARTER.le(currentQuarter));
            case PRINCIPLE_GAP ->
                exists(selectOne()
                        .from(PRINCIPLE_ASSESSMENT)
                        .join(PRINCIPLE)
                        .on(PRINCIPLE.ID.eq(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID))
                        .where(
                                PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(INITIATIVE.ID),
                                PRINCIPLE.ACTIVE.isTrue(),
                                PRINCIPLE_ASSESSMENT.RESULT.eq("GAP")));
            case HIGH_RISK ->
                exists(selectOne().from(ITEM_RISK).where(ITEM_RISK.INITIATIVE_ID.eq(INITIATIVE.ID), openHighRisk()));
            case UNFUNDED -> belowCutLine;
        };
    }

    /**
     * The STALE rule on its own, for work outside a signed-in request (the weekly digest): active, and no sign of life
     * (the last update, or the creation when there is none) since {@code staleBefore}.
     */
    public static Condition stale(OffsetDateTime staleBefore) {
        return INITIATIVE
                .STAGE
                .in(Stage.ACTIVE)
                .and(coalesce(lastUpdate(), INITIATIVE.CREATED_AT).lt(staleBefore));
    }

    /** The flag as a boolean column. */
    public Field<Boolean> field(Flag flag) {
        return DSL.field(has(flag)).as("flag_" + flag.name().toLowerCase(Locale.ROOT));
    }

    /** Whether the row carries any flag. */
    public Condition anyFlag() {
        return DSL.or(Arrays.stream(Flag.values()).map(this::has).toList());
    }

    /** How many flags the row carries, for "most flagged first". */
    public Field<Integer> flagCount() {
        return Arrays.stream(Flag.values())
                .map(flag -> when(has(flag), inline(1)).else_(inline(0)))
                .reduce(Field::plus)
                .orElseThrow();
    }

    /** The RAG of the row's latest status update; null without any. */
    public static Field<Rag> lastRag() {
        return DSL.field(select(STATUS_UPDATE.RAG)
                .from(STATUS_UPDATE)
                .where(STATUS_UPDATE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .orderBy(STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc())
                .limit(1));
    }

    private static Field<OffsetDateTime> lastUpdate() {
        return DSL.field(select(max(STATUS_UPDATE.CREATED_AT))
                .from(STATUS_UPDATE)
                .where(STATUS_UPDATE.INITIATIVE_ID.eq(INITIATIVE.ID)));
    }

    /** Actual above planned to date, or in this quarter alone (an overspend now may hide behind earlier savings). */
    private Condition overBudget() {
        var toDate = select(coalesce(sum(BUDGET_LINE.ACTUAL), BigDecimal.ZERO)
                        .minus(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO)))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID), BUDGET_LINE.QUARTER.le(currentQuarter));
        var thisQuarter = exists(selectOne()
                .from(BUDGET_LINE)
                .where(
                        BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID),
                        BUDGET_LINE.QUARTER.eq(currentQuarter),
                        BUDGET_LINE.ACTUAL.gt(BUDGET_LINE.PLANNED)));
        return DSL.field(toDate).gt(BigDecimal.ZERO).or(thisQuarter);
    }

    /** {@link Flag#isHighRisk} for a query over ITEM_RISK: an open risk whose likelihood × impact reaches the score. */
    public static Condition openHighRisk() {
        return ITEM_RISK
                .STATUS
                .eq("OPEN")
                .and(ITEM_RISK.LIKELIHOOD.mul(ITEM_RISK.IMPACT).ge((short) Flag.HIGH_RISK_SCORE));
    }
}
