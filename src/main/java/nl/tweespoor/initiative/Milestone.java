package nl.tweespoor.initiative;

import nl.tweespoor.base.validation.Text;
import org.jspecify.annotations.Nullable;

/** A programme milestone: what, by which quarter, and whether it is done. */
public record Milestone(
        @Nullable Long id,

        @Text(field = "field.title", max = Milestone.MAX_TITLE, column = "milestone.title")
        String title,

        @Nullable String dueQuarter,
        boolean done,
        int version) {

    public static final int MAX_TITLE = 200;
}
