package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The leaders' weights of the five criteria. The score is the weighted average of the 1–5 ratings, with risk
 * inverted (a risk of 5 counts as 1): score = Σ wᵢ·rᵢ / Σ wᵢ, on the same 1–5 scale.
 */
public record Weights(
        BigDecimal value,
        BigDecimal strategicFit,
        BigDecimal feasibility,
        BigDecimal urgency,
        BigDecimal risk,
        int version) {

    public BigDecimal total() {
        return value.add(strategicFit).add(feasibility).add(urgency).add(risk);
    }

    /** The score of an item, or null while any of its five ratings is missing. */
    public @Nullable BigDecimal score(
            @Nullable Short valueRating,
            @Nullable Short fitRating,
            @Nullable Short feasibilityRating,
            @Nullable Short urgencyRating,
            @Nullable Short riskRating) {
        if (valueRating == null
                || fitRating == null
                || feasibilityRating == null
                || urgencyRating == null
                || riskRating == null
                || total().signum() == 0) {
            return null;
        }
        var sum = value.multiply(BigDecimal.valueOf(valueRating))
                .add(strategicFit.multiply(BigDecimal.valueOf(fitRating)))
                .add(feasibility.multiply(BigDecimal.valueOf(feasibilityRating)))
                .add(urgency.multiply(BigDecimal.valueOf(urgencyRating)))
                .add(risk.multiply(BigDecimal.valueOf(6 - riskRating)));
        return sum.divide(total(), 2, RoundingMode.HALF_UP);
    }
}
