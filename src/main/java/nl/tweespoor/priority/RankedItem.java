package nl.tweespoor.priority;

import java.math.BigDecimal;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One line of a track's ranking: its position (1 = top; the stored rank is only a sort key), score, planned budget of
 * the year, the running total down to it and whether that stays within the envelope.
 */
public record RankedItem(
        long id,
        String title,
        Stage stage,
        String ambition,
        int position,
        @Nullable BigDecimal score,
        BigDecimal plannedThisYear,
        BigDecimal cumulative,
        boolean funded,
        int version) {}
