package nl.tweespoor.status;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import nl.tweespoor.base.ActiveStages;
import nl.tweespoor.base.Quarter;

/** Which flags an item carries; plain Java so every boundary can be tested without a database. */
final class FlagRules {

    private FlagRules() {
    }

    static Set<Flag> of(SignalFacts facts, OffsetDateTime now, int staleAfterDays, Quarter current,
            boolean unfunded) {
        var flags = EnumSet.noneOf(Flag.class);
        boolean active = ActiveStages.isActive(facts.stage());
        var lastSign = facts.lastUpdate() != null ? facts.lastUpdate() : facts.createdAt();
        // Stale: more than N whole days without an update; exactly N days is still fresh.
        if (active && lastSign.isBefore(now.minusDays(staleAfterDays))) {
            flags.add(Flag.STALE);
        }
        if (facts.actualToDate().compareTo(facts.plannedToDate()) > 0 || facts.overThisQuarter()) {
            flags.add(Flag.OVER_BUDGET);
        }
        if (active && "RED".equals(facts.lastRag())) {
            flags.add(Flag.RED);
        }
        if (active && facts.endQuarter() != null && Quarter.parse(facts.endQuarter()).compareTo(current) <= 0) {
            flags.add(Flag.DUE);
        }
        if (facts.principleGap()) {
            flags.add(Flag.PRINCIPLE_GAP);
        }
        if (facts.openHighRisk()) {
            flags.add(Flag.HIGH_RISK);
        }
        if (unfunded) {
            flags.add(Flag.UNFUNDED);
        }
        return flags;
    }
}
