package nl.tweespoor.benefits;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One counted experiment's hours saved and what each hour saved costs: its cost ÷ its hours saved per year.
 *
 * @param costPerHour null when the experiment saves no hours (or has no cost): there is nothing to divide
 */
public record ItemBenefit(
        long id,
        String title,
        String department,
        int participants,
        @Nullable BigDecimal hoursPerParticipantWeek,
        BigDecimal hoursPerYear,
        @Nullable BigDecimal cost,
        @Nullable BigDecimal costPerHour) {}
