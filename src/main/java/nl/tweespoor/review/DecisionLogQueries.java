package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.OptionQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The decision log across quarters, read a page at a time by key, newest decision first: the key and the filters are
 * review_decision's own columns, each with an index in key order (V72).
 */
@Repository
class DecisionLogQueries {

    /** Rows fetched per round trip while an export streams. */
    private static final int EXPORT_BATCH = 1000;

    private final DSLContext db;

    DecisionLogQueries(DSLContext db) {
        this.db = db;
    }

    List<DecisionRow> page(DecisionLogFilter filter, @Nullable DecisionKey after, int skip, int limit) {
        var where = conditions(filter);
        if (after != null) {
            where = where.and(
                    DSL.row(REVIEW_DECISION.DECIDED_AT, REVIEW_DECISION.ID).lt(after.decidedAt(), after.id()));
        }
        return DecisionRowQuery.select(db)
                .where(where)
                .orderBy(REVIEW_DECISION.DECIDED_AT.desc(), REVIEW_DECISION.ID.desc())
                .offset(skip)
                .limit(limit)
                .fetch(Records.mapping(DecisionRow::new));
    }

    /**
     * Every matching decision for an export, newest first, read on a cursor a batch at a time: the caller closes the
     * stream inside its transaction, so years of decisions never sit in memory at once.
     */
    Stream<DecisionRow> export(DecisionLogFilter filter) {
        return DecisionRowQuery.select(db)
                .where(conditions(filter))
                .orderBy(REVIEW_DECISION.DECIDED_AT.desc(), REVIEW_DECISION.ID.desc())
                .fetchSize(EXPORT_BATCH)
                .stream()
                .map(Records.mapping(DecisionRow::new));
    }

    /** Reviews for the review filter, newest quarter first, as the picker pages through them. */
    List<Option> reviews(String text, int offset, int limit) {
        var search = text == null ? "" : text.trim();
        return db.select(REVIEW.ID, REVIEW.QUARTER)
                .from(REVIEW)
                .where(search.isEmpty() ? DSL.noCondition() : REVIEW.QUARTER.containsIgnoreCase(search))
                .orderBy(REVIEW.QUARTER.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(Option::new));
    }

    private static Condition conditions(DecisionLogFilter filter) {
        var conditions = new ArrayList<Condition>();
        if (filter.initiativeId() != null) {
            conditions.add(REVIEW_DECISION.INITIATIVE_ID.eq(filter.initiativeId()));
        }
        if (filter.decision() != null) {
            conditions.add(REVIEW_DECISION.DECISION.eq(filter.decision().name()));
        }
        if (filter.reviewId() != null) {
            conditions.add(REVIEW_DECISION.REVIEW_ID.eq(filter.reviewId()));
        }
        return DSL.and(conditions);
    }

    /** Items for the item filter whose title contains the text, by title. */
    List<Option> items(String text, int offset, int limit) {
        return OptionQuery.page(
                db,
                INITIATIVE,
                INITIATIVE.ID,
                INITIATIVE.TITLE,
                INITIATIVE.TITLE::containsIgnoreCase,
                text,
                offset,
                limit,
                INITIATIVE.TITLE,
                INITIATIVE.ID);
    }
}
