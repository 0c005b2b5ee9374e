package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tweespoor.db.tables.records.ReviewDecisionRecord;
import nl.tweespoor.db.tables.records.ReviewRecord;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.FlagSql;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Review queries; the agenda's evidence comes from a fixed handful of statements, whatever its length. */
@Repository
class ReviewRepository {

    static final List<String> ACTIVE = Stage.activeNames();

    private final DSLContext db;

    ReviewRepository(DSLContext db) {
        this.db = db;
    }

    List<ReviewRow> reviews(int offset, int limit) {
        var decisions =
                DSL.field(DSL.selectCount().from(REVIEW_DECISION).where(REVIEW_DECISION.REVIEW_ID.eq(REVIEW.ID)));
        return db.select(REVIEW.ID, REVIEW.QUARTER, REVIEW.STATUS, REVIEW.OPENED_AT, REVIEW.CLOSED_AT, decisions)
                .from(REVIEW)
                .orderBy(REVIEW.QUARTER.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new ReviewRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    int countReviews() {
        return db.fetchCount(REVIEW);
    }

    Optional<ReviewRecord> review(long id) {
        return db.selectFrom(REVIEW).where(REVIEW.ID.eq(id)).fetchOptional();
    }

    /**
     * The review, locked until the transaction ends: deciding and closing both start here, so they take turns and
     * each sees the other's committed work (under READ COMMITTED a locking read returns the newest row).
     */
    Optional<ReviewRecord> lockedReview(long id) {
        return db.selectFrom(REVIEW).where(REVIEW.ID.eq(id)).forUpdate().fetchOptional();
    }

    ReviewRecord newReview() {
        return db.newRecord(REVIEW);
    }

    boolean quarterTaken(String quarter) {
        return db.fetchExists(REVIEW, REVIEW.QUARTER.eq(quarter));
    }

    boolean anotherInProgress() {
        return db.fetchExists(REVIEW, REVIEW.STATUS.eq("IN_PROGRESS"));
    }

    String organisationName() {
        return db.select(APP_SETTING.ORGANISATION_NAME)
                .from(APP_SETTING)
                .where(APP_SETTING.ID.eq(1))
                .fetchOptional(APP_SETTING.ORGANISATION_NAME)
                .orElse("Tweespoor");
    }

    List<Record> items(Collection<Long> ids) {
        return db.select(INITIATIVE.asterisk(), APP_USER.DISPLAY_NAME)
                .from(INITIATIVE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                .where(INITIATIVE.ID.in(ids))
                .fetch();
    }

    /** Which of these items aim to redesign work (ambition REDESIGN) rather than optimise it. */
    Set<Long> redesigns(Collection<Long> ids) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.in(ids))
                .and(INITIATIVE.AMBITION.eq("REDESIGN"))
                .fetchSet(INITIATIVE.ID);
    }

    /** The last three updates per item, newest first: RAG trend and latest summary in one statement. */
    Map<Long, List<Record>> recentUpdates(Collection<Long> ids) {
        var rank = rowNumber()
                .over(DSL.partitionBy(STATUS_UPDATE.INITIATIVE_ID)
                        .orderBy(STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc()))
                .as("rank");
        var ranked = DSL.select(STATUS_UPDATE.INITIATIVE_ID, STATUS_UPDATE.RAG, STATUS_UPDATE.SUMMARY, rank)
                .from(STATUS_UPDATE)
                .where(STATUS_UPDATE.INITIATIVE_ID.in(ids))
                .asTable("ranked");
        return db
                .selectFrom(ranked)
                .where(ranked.field(rank).le(3))
                .orderBy(ranked.field(STATUS_UPDATE.INITIATIVE_ID), ranked.field(rank))
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(r -> r.get(STATUS_UPDATE.INITIATIVE_ID), Collectors.toList()));
    }

    /** Planned and actual of the year per item. */
    Map<Long, BigDecimal[]> yearBudget(Collection<Long> ids, int year) {
        return db.select(
                        BUDGET_LINE.INITIATIVE_ID,
                        coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO),
                        coalesce(sum(BUDGET_LINE.ACTUAL), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.in(ids), BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))
                .groupBy(BUDGET_LINE.INITIATIVE_ID)
                .fetchMap(r -> r.value1(), r -> new BigDecimal[] {r.value2(), r.value3()});
    }

    Map<Long, List<String>> kpiLines(Collection<Long> ids) {
        return db.selectFrom(KPI).where(KPI.INITIATIVE_ID.in(ids)).orderBy(KPI.ID).fetch().stream()
                .collect(Collectors.groupingBy(
                        k -> k.getInitiativeId(),
                        Collectors.mapping(
                                k -> k.getName() + ": " + plain(k.getActual()) + " / " + plain(k.getTarget()) + " "
                                        + k.getUnit(),
                                Collectors.toList())));
    }

    /** The open high risks per item, highest score first, in one statement. */
    Map<Long, List<AgendaItem.HighRisk>> openHighRisks(Collection<Long> ids) {
        var score = ITEM_RISK.LIKELIHOOD.mul(ITEM_RISK.IMPACT);
        return db
                .selectFrom(ITEM_RISK)
                .where(ITEM_RISK.INITIATIVE_ID.in(ids), FlagSql.openHighRisk())
                .orderBy(score.desc(), ITEM_RISK.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.getInitiativeId(),
                        Collectors.mapping(
                                r -> new AgendaItem.HighRisk(r.getDescription(), r.getLikelihood(), r.getImpact()),
                                Collectors.toList())));
    }

    List<DecisionRow> decisions(Condition where, int offset, int limit) {
        return DecisionRowQuery.select(db)
                .where(where)
                .orderBy(REVIEW.QUARTER.desc(), INITIATIVE.TITLE)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(DecisionRow::new));
    }

    int countDecisions(Condition where) {
        return db.fetchCount(db.select(REVIEW_DECISION.ID)
                .from(REVIEW_DECISION)
                .join(REVIEW)
                .on(REVIEW.ID.eq(REVIEW_DECISION.REVIEW_ID))
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(REVIEW_DECISION.INITIATIVE_ID))
                .where(where));
    }

    Optional<ReviewDecisionRecord> decisionRecord(long reviewId, long initiativeId) {
        return db.selectFrom(REVIEW_DECISION)
                .where(REVIEW_DECISION.REVIEW_ID.eq(reviewId), REVIEW_DECISION.INITIATIVE_ID.eq(initiativeId))
                .fetchOptional();
    }

    ReviewDecisionRecord newDecision() {
        return db.newRecord(REVIEW_DECISION);
    }

    Map<String, Long> decisionCounts(long reviewId) {
        return db.select(REVIEW_DECISION.DECISION, count())
                .from(REVIEW_DECISION)
                .where(REVIEW_DECISION.REVIEW_ID.eq(reviewId))
                .groupBy(REVIEW_DECISION.DECISION)
                .fetchMap(r -> r.value1(), r -> r.value2().longValue());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
