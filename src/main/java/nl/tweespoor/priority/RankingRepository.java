package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.RANKING;
import static nl.tweespoor.db.Tables.REDESIGN_RESERVE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.WindowSpecificationRowsStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * A track's ranking computed in SQL: positions, running totals and the cut line with window functions over the
 * track's open items, so a page of the grid costs one statement whatever the size of the portfolio.
 */
@Repository
class RankingRepository {

    /** Rows fetched per round trip while an export streams. */
    private static final int EXPORT_BATCH = 1000;

    private final DSLContext db;

    RankingRepository(DSLContext db) {
        this.db = db;
    }

    /** Rows {@code offset} to {@code offset + limit} of the track's ranking. */
    List<RankedItem> page(Track track, int year, int offset, int limit) {
        var r = Ranked.of(INITIATIVE.TRACK.eq(track), year, Set.of());
        return selectItems(r).orderBy(r.position()).offset(offset).limit(limit).fetch(Records.mapping(RankedItem::new));
    }

    /** The whole ranking, for the callers that need every line. */
    List<RankedItem> all(Track track, int year) {
        var r = Ranked.of(INITIATIVE.TRACK.eq(track), year, Set.of());
        return selectItems(r).orderBy(r.position()).fetch(Records.mapping(RankedItem::new));
    }

    /**
     * The whole ranking for an export, in ranking order, read on a cursor a batch at a time: the same statement as a
     * page, so the file holds the figures the page shows. The caller closes the stream inside its transaction.
     */
    Stream<RankedItem> export(Track track, int year) {
        var r = Ranked.of(INITIATIVE.TRACK.eq(track), year, Set.of());
        return selectItems(r).orderBy(r.position()).fetchSize(EXPORT_BATCH).stream()
                .map(Records.mapping(RankedItem::new));
    }

    private SelectJoinStep<
                    Record10<
                            Long, String, Stage, String, Integer, BigDecimal, BigDecimal, BigDecimal, Boolean, Integer>>
            selectItems(Ranked r) {
        return db.select(
                        r.id(),
                        r.title(),
                        r.stage(),
                        r.ambition(),
                        r.position(),
                        r.score(),
                        r.planned(),
                        r.cumulative(),
                        r.funded(),
                        r.version())
                .from(r.table());
    }

    RankingSummary summary(Track track, int year) {
        var count = field(
                selectCount().from(INITIATIVE).where(INITIATIVE.TRACK.eq(track), INITIATIVE.STAGE.in(Stage.OPEN)));
        var envelope = field(select(BUDGET_ENVELOPE.AMOUNT)
                .from(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.TRACK.eq(track), BUDGET_ENVELOPE.YEAR.eq(year)));
        var amount = coalesce(envelope, BigDecimal.ZERO);
        return db.select(RANKING.VERSION, count, amount, shareOfReserve(amount, year))
                .from(RANKING)
                .where(RANKING.TRACK.eq(track))
                .fetchSingle(
                        row -> new RankingSummary(track, year, row.value3(), row.value4(), row.value2(), row.value1()));
    }

    /**
     * {@link ReserveFirst#share} in SQL: the track's share of the year's redesign reserve, pro rata to its envelope,
     * rounded to the cent and never above the envelope. Reserve and total envelopes are uncorrelated subqueries, read
     * once per statement.
     */
    private static Field<BigDecimal> shareOfReserve(Field<BigDecimal> envelope, int year) {
        var reserve =
                field(select(REDESIGN_RESERVE.AMOUNT).from(REDESIGN_RESERVE).where(REDESIGN_RESERVE.YEAR.eq(year)));
        var all = BUDGET_ENVELOPE.as("all_envelopes");
        var envelopes = field(select(sum(all.AMOUNT)).from(all).where(all.YEAR.eq(year)));
        // No reserve or no envelopes: 0. Coalesced before least(), which would skip a null and give the envelope.
        var proRata = coalesce(
                round(
                        coalesce(reserve, BigDecimal.ZERO).mul(envelope).div(nullif(envelopes, BigDecimal.ZERO)),
                        ReserveFirst.SCALE),
                BigDecimal.ZERO);
        return least(envelope, proRata);
    }

    /** The first unfunded item of the track with the weights it was ranked with, in one statement. */
    CutLine cutLine(Track track, int year) {
        var r = Ranked.of(INITIATIVE.TRACK.eq(track), year, Set.of());
        var first = DSL.select(r.id(), r.position(), r.rank(), r.score())
                .from(r.table())
                .where(r.unfunded())
                .orderBy(r.position())
                .limit(1)
                .asTable("first_unfunded");
        var id = first.field(r.id());
        return db.select(
                        APP_SETTING.WEIGHT_VALUE,
                        APP_SETTING.WEIGHT_STRATEGIC_FIT,
                        APP_SETTING.WEIGHT_FEASIBILITY,
                        APP_SETTING.WEIGHT_URGENCY,
                        APP_SETTING.WEIGHT_RISK,
                        APP_SETTING.VERSION,
                        id,
                        first.field(r.position()),
                        first.field(r.rank()),
                        first.field(r.score()))
                .from(APP_SETTING)
                .leftJoin(first)
                .on(DSL.trueCondition())
                .where(APP_SETTING.ID.eq(1))
                .fetchSingle(row -> new CutLine(
                        track,
                        year,
                        new Weights(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6()),
                        row.value7() == null
                                ? null
                                : new CutLine.FirstUnfunded(row.value7(), row.value8(), row.value9(), row.value10())));
    }

    Set<Long> unfundedIds(Track track, int year) {
        var r = Ranked.of(INITIATIVE.TRACK.eq(track), year, Set.of());
        return db.select(r.id()).from(r.table()).where(r.unfunded()).fetchSet(r.id());
    }

    /** Per track, how many items would be below the cut line with the given items left out. */
    Map<Track, Long> unfundedCounts(int year, Collection<Long> leaveOut) {
        var r = Ranked.of(noCondition(), year, leaveOut);
        var counts = new EnumMap<Track, Long>(Track.class);
        for (var track : Track.values()) {
            counts.put(track, 0L);
        }
        db.select(r.track(), count())
                .from(r.table())
                .where(r.unfunded())
                .groupBy(r.track())
                .forEach(row -> counts.put(row.value1(), row.value2().longValue()));
        return counts;
    }

    /**
     * The open items of the matched tracks in ranking order, each with its position (1 = top), score, planned budget
     * of the year, running total down to it (and its redesign items' part), the track's envelope and reserve share:
     * the window runs over all of a track's open items, so a row's running totals count every row above it even when
     * only one page is fetched. Funded is {@link ReserveFirst#funded}.
     */
    private record Ranked(
            Table<?> table,
            Field<Long> id,
            Field<Track> track,
            Field<String> title,
            Field<Stage> stage,
            Field<String> ambition,
            Field<BigDecimal> rank,
            Field<Integer> version,
            Field<BigDecimal> score,
            Field<BigDecimal> planned,
            Field<BigDecimal> envelope,
            Field<Integer> position,
            Field<BigDecimal> cumulative,
            Field<BigDecimal> redesignCumulative,
            Field<BigDecimal> reserveShare) {

        private static final String REDESIGN = "REDESIGN";

        static Ranked of(Condition tracks, int year, Collection<Long> leaveOut) {
            // Planned budget of the year per item, once per open item from the (initiative_id, quarter) index: the
            // cost follows the track's open items, not the years of budget history (a subquery in the select list
            // would run twice per item, for the running total and for the column).
            var yearPlanned = lateral(select(sum(BUDGET_LINE.PLANNED).as("planned"))
                            .from(BUDGET_LINE)
                            .where(
                                    BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID),
                                    BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4")))
                    .as("year_planned");
            var planned = coalesce(yearPlanned.field("planned", BigDecimal.class), BigDecimal.ZERO)
                    .as("planned");
            var score = RankingSql.score(INITIATIVE, APP_SETTING).as("score");
            var open = select(
                            INITIATIVE.ID,
                            INITIATIVE.TRACK,
                            INITIATIVE.TITLE,
                            INITIATIVE.STAGE,
                            INITIATIVE.AMBITION,
                            INITIATIVE.PRIORITY_RANK,
                            INITIATIVE.VERSION,
                            score,
                            planned)
                    .from(INITIATIVE)
                    .join(APP_SETTING)
                    .on(APP_SETTING.ID.eq(1))
                    .crossJoin(yearPlanned)
                    .where(
                            tracks,
                            INITIATIVE.STAGE.in(Stage.OPEN),
                            leaveOut.isEmpty() ? noCondition() : INITIATIVE.ID.notIn(leaveOut))
                    .asTable("open_item");
            var id = present(open.field(INITIATIVE.ID));
            var track = present(open.field(INITIATIVE.TRACK));
            var rank = present(open.field(INITIATIVE.PRIORITY_RANK));
            var openScore = present(open.field(score));
            var position = rowNumber().over(window(track, rank, openScore, id)).as("position");
            var cumulative = sum(present(open.field(planned)))
                    .over(window(track, rank, openScore, id)
                            .rowsBetweenUnboundedPreceding()
                            .andCurrentRow())
                    .as("cumulative");
            // Redesign items' part of the running total: they draw on the track's share of the reserve first.
            var redesignCumulative = sum(when(
                                    present(open.field(INITIATIVE.AMBITION)).eq(REDESIGN), present(open.field(planned)))
                            .else_(inline(BigDecimal.ZERO)))
                    .over(window(track, rank, openScore, id)
                            .rowsBetweenUnboundedPreceding()
                            .andCurrentRow())
                    .as("redesign_cumulative");
            var windowed = select(open.asterisk(), position, cumulative, redesignCumulative)
                    .from(open)
                    .asTable("windowed");
            // The envelope joins the ranked rows, not the items below the window: once per row shown or counted.
            var envelopeAmount = coalesce(BUDGET_ENVELOPE.AMOUNT, BigDecimal.ZERO);
            var envelope = envelopeAmount.as("envelope");
            var share = shareOfReserve(envelopeAmount, year).as("reserve_share");
            var ranked = select(windowed.asterisk(), envelope, share)
                    .from(windowed)
                    .leftJoin(BUDGET_ENVELOPE)
                    .on(BUDGET_ENVELOPE.TRACK.eq(present(windowed.field(track))), BUDGET_ENVELOPE.YEAR.eq(year))
                    .asTable("ranked");
            return new Ranked(
                    ranked,
                    present(ranked.field(id)),
                    present(ranked.field(track)),
                    present(ranked.field(INITIATIVE.TITLE)),
                    present(ranked.field(INITIATIVE.STAGE)),
                    present(ranked.field(INITIATIVE.AMBITION)),
                    present(ranked.field(rank)),
                    present(ranked.field(INITIATIVE.VERSION)),
                    present(ranked.field(score)),
                    present(ranked.field(planned)),
                    present(ranked.field(envelope)),
                    present(ranked.field(position)),
                    present(ranked.field(cumulative)),
                    present(ranked.field(redesignCumulative)),
                    present(ranked.field(share)));
        }

        private static WindowSpecificationRowsStep window(
                Field<Track> track, Field<BigDecimal> rank, Field<BigDecimal> score, Field<Long> id) {
            return partitionBy(track).orderBy(RankingSql.order(rank, score, id));
        }

        /** {@link ReserveFirst#funded} in SQL: other items so far + max(redesign so far, reserve share). */
        private Field<BigDecimal> claimed() {
            return cumulative.minus(redesignCumulative).plus(greatest(redesignCumulative, reserveShare));
        }

        Condition unfunded() {
            return claimed().gt(envelope);
        }

        Field<Boolean> funded() {
            return field(claimed().le(envelope)).as("funded");
        }
    }

    /** A column of a derived table that this statement itself put there, so it is never missing. */
    private static <T> Field<T> present(@Nullable Field<T> field) {
        return Objects.requireNonNull(field);
    }
}
