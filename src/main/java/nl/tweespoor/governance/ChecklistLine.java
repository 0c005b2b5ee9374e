package nl.tweespoor.governance;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One line of an item's checklist: an active principle and the item's assessment of it. The assessment fields are
 * null while the principle is unassessed.
 */
public record ChecklistLine(
        Principle principle,
        @Nullable AssessmentResult result,
        @Nullable String note,
        @Nullable String assessedBy,
        @Nullable OffsetDateTime assessedAt,
        @Nullable Integer version) {

    public boolean assessed() {
        return result != null;
    }
}
