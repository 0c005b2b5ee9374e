package nl.tweespoor.governance;

import java.time.OffsetDateTime;

/**
 * One line of an item's checklist: an active principle and the item's assessment of it. The assessment fields are
 * null while the principle is unassessed.
 */
public record ChecklistLine(
        Principle principle,
        AssessmentResult result,
        String note,
        String assessedBy,
        OffsetDateTime assessedAt,
        Integer version) {

    public boolean assessed() {
        return result != null;
    }
}
