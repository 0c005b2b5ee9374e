package nl.tweespoor.benefits;

import org.jspecify.annotations.Nullable;

/**
 * What serves one strategic goal adds up to: the hours saved by the experiments that explore it, and the KPIs of the
 * programmes that serve it (stopped ones left out) — how many, how far along on average, how many reached their
 * target.
 *
 * @param kpiProgressPct the average progress of the KPIs with an actual, 0–100; null when none has one
 */
public record GoalBenefit(
        long goalId,
        String goal,
        int experiments,
        HoursSaved hours,
        int programmes,
        int kpis,
        @Nullable Integer kpiProgressPct,
        int kpisOnTarget) {}
