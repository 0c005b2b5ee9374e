package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.RANKING;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Moves in a track's ranking: where items stand, their neighbours, and the writes — one row for a move, one set-based
 * statement for a renumbering or a sort by score. Every write here runs after {@link #claimRanking}.
 */
@Repository
class RankMoveRepository {

    private final DSLContext db;

    RankMoveRepository(DSLContext db) {
        this.db = db;
    }

    int rankingVersion(Track track) {
        // ranking.version is NOT NULL; jOOQ's fetchSingle(field) is declared nullable for nullable columns
        return Objects.requireNonNull(db.select(RANKING.VERSION)
                .from(RANKING)
                .where(RANKING.TRACK.eq(track))
                .fetchSingle(RANKING.VERSION));
    }

    /**
     * Moves the track's ranking version on if it still is {@code expectedVersion}. The UPDATE locks the row until the
     * transaction ends, so of two moves against the same version the second waits, then finds the version moved and
     * changes nothing.
     */
    boolean claimRanking(Track track, int expectedVersion) {
        return db.update(RANKING)
                        .set(RANKING.VERSION, RANKING.VERSION.plus(1))
                        .where(RANKING.TRACK.eq(track), RANKING.VERSION.eq(expectedVersion))
                        .execute()
                == 1;
    }

    /** Where an open item of the track stands now. */
    Optional<Placed> placed(Track track, long id) {
        var p = Positions.of(track, noCondition());
        return db.select(p.id(), p.title(), p.rank(), p.position())
                .from(p.table())
                .where(p.id().eq(id))
                .fetchOptional(Records.mapping(Placed::new));
    }

    /** The items at positions {@code from} to {@code to} of the ranking without {@code without}. */
    List<Placed> without(Track track, long without, int from, int to) {
        var p = Positions.of(track, INITIATIVE.ID.ne(without));
        return db.select(p.id(), p.title(), p.rank(), p.position())
                .from(p.table())
                .where(p.position().between(from, to))
                .orderBy(p.position())
                .fetch(Records.mapping(Placed::new));
    }

    /** Where {@code target} stands in the ranking without {@code without}. */
    Optional<Integer> positionWithout(Track track, long without, long target) {
        var p = Positions.of(track, INITIATIVE.ID.ne(without));
        return db.select(p.position()).from(p.table()).where(p.id().eq(target)).fetchOptional(p.position());
    }

    int count(Track track) {
        return db.fetchCount(INITIATIVE, INITIATIVE.TRACK.eq(track), INITIATIVE.STAGE.in(Stage.OPEN));
    }

    BigDecimal highestRank(Track track) {
        return db.select(coalesce(max(INITIATIVE.PRIORITY_RANK), BigDecimal.ZERO))
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(track), INITIATIVE.STAGE.in(Stage.OPEN))
                .fetchSingle()
                .value1();
    }

    /**
     * Gives the unranked items down to {@code position} of the ranking without {@code without} ranks above every
     * rank, keeping their order: for a move to below one of them (their order is by score until then).
     */
    int rankUnrankedDownTo(Track track, long without, int position, BigDecimal above) {
        var p = Positions.of(track, INITIATIVE.ID.ne(without));
        return db.update(INITIATIVE)
                .set(INITIATIVE.PRIORITY_RANK, DSL.val(above).plus(p.position()))
                .from(p.table())
                .where(INITIATIVE.ID.eq(p.id()), p.rank().isNull(), p.position().le(position))
                .execute();
    }

    /** Ranks 1, 2, 3… for the ranked items of the track, in their order; unranked ones stay so. */
    int renumber(Track track) {
        var p = Positions.of(track, noCondition());
        return db.update(INITIATIVE)
                .set(INITIATIVE.PRIORITY_RANK, p.position().cast(SQLDataType.NUMERIC))
                .from(p.table())
                .where(INITIATIVE.ID.eq(p.id()), p.rank().isNotNull())
                .execute();
    }

    void setRank(long id, BigDecimal rank) {
        db.update(INITIATIVE)
                .set(INITIATIVE.PRIORITY_RANK, rank)
                .where(INITIATIVE.ID.eq(id))
                .execute();
    }

    /** The whole track in score order (unrated last; equal scores keep their order), ranks 1, 2, 3…: one statement. */
    int sortByScore(Track track) {
        var score = RankingSql.score(INITIATIVE, APP_SETTING);
        var n = rowNumber()
                .over(orderBy(
                        score.desc().nullsLast(), INITIATIVE.PRIORITY_RANK.asc().nullsLast(), INITIATIVE.ID.asc()))
                .as("n");
        var sorted = select(INITIATIVE.ID, n)
                .from(INITIATIVE)
                .join(APP_SETTING)
                .on(APP_SETTING.ID.eq(1))
                .where(INITIATIVE.TRACK.eq(track), INITIATIVE.STAGE.in(Stage.OPEN))
                .asTable("sorted");
        return db.update(INITIATIVE)
                .set(INITIATIVE.PRIORITY_RANK, present(sorted.field(n)).cast(SQLDataType.NUMERIC))
                .from(sorted)
                .where(INITIATIVE.ID.eq(present(sorted.field(INITIATIVE.ID))))
                .execute();
    }

    /** The ids of the track's open items in ranking order, for the audit trail of a sort. */
    List<Long> order(Track track) {
        var ids = db.select(arrayAgg(INITIATIVE.ID)
                        .orderBy(RankingSql.order(
                                INITIATIVE.PRIORITY_RANK, RankingSql.score(INITIATIVE, APP_SETTING), INITIATIVE.ID)))
                .from(INITIATIVE)
                .join(APP_SETTING)
                .on(APP_SETTING.ID.eq(1))
                .where(INITIATIVE.TRACK.eq(track), INITIATIVE.STAGE.in(Stage.OPEN))
                .fetchSingle()
                .value1();
        return ids == null ? List.of() : List.of(ids);
    }

    /** An open item where it stands: its rank (null while unranked) and position (1 = top). */
    record Placed(long id, String title, @Nullable BigDecimal rank, int position) {}

    /** The open items of a track that match {@code which}, each with its position in the ranking. */
    private record Positions(
            Table<?> table, Field<Long> id, Field<String> title, Field<BigDecimal> rank, Field<Integer> position) {

        static Positions of(Track track, Condition which) {
            var position = rowNumber()
                    .over(orderBy(RankingSql.order(
                            INITIATIVE.PRIORITY_RANK, RankingSql.score(INITIATIVE, APP_SETTING), INITIATIVE.ID)))
                    .as("position");
            var table = select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.PRIORITY_RANK, position)
                    .from(INITIATIVE)
                    .join(APP_SETTING)
                    .on(APP_SETTING.ID.eq(1))
                    .where(INITIATIVE.TRACK.eq(track), INITIATIVE.STAGE.in(Stage.OPEN), which)
                    .asTable("placed");
            return new Positions(
                    table,
                    present(table.field(INITIATIVE.ID)),
                    present(table.field(INITIATIVE.TITLE)),
                    present(table.field(INITIATIVE.PRIORITY_RANK)),
                    present(table.field(position)));
        }
    }

    /** A column of a derived table that this statement itself put there, so it is never missing. */
    private static <T> Field<T> present(@Nullable Field<T> field) {
        return Objects.requireNonNull(field);
    }
}
