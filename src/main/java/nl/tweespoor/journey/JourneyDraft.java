package nl.tweespoor.journey;

import nl.tweespoor.base.validation.Between;
import nl.tweespoor.base.validation.Text;
import org.jspecify.annotations.Nullable;

/**
 * What a leader enters for a journey. A REDESIGN intent needs the year the journey is to be redesigned by; the other
 * intents have none (a year given with them is dropped). The owner is optional.
 */
public record JourneyDraft(
        @Text(field = "field.title", max = JourneyDraft.MAX_TITLE, column = "journey.title") @Nullable String title,

        @Nullable JourneyKind kind,
        @Nullable Long ownerId,

        @Text(field = "field.description", max = JourneyDraft.MAX_DESCRIPTION, column = "journey.description") @Nullable String description,

        @Nullable JourneyIntent intent,

        @Between(
                field = "journey.redesign-by",
                min = JourneyDraft.MIN_YEAR,
                max = JourneyDraft.MAX_YEAR,
                message = "journey.redesign-by-invalid")
        @Nullable Integer redesignBy) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    /** The years a redesign may be promised by (the column's check). */
    public static final int MIN_YEAR = 2000;

    public static final int MAX_YEAR = 2100;
}
