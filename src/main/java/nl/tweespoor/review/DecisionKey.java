package nl.tweespoor.review;

import java.time.OffsetDateTime;

/** Where a decision stands in the decision log's order (newest first): the log is read a page at a time after it. */
public record DecisionKey(OffsetDateTime decidedAt, long id) {

    public static DecisionKey of(DecisionRow row) {
        return new DecisionKey(row.decidedAt(), row.id());
    }
}
