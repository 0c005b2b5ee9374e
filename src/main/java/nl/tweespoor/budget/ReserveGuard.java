package nl.tweespoor.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.validation.Drafts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a plan on an optimise item against each year's redesign reserve, inside the saving transaction: the year's
 * reserve row is locked, so two leaders planning at once are weighed one after the other. Without an override reason
 * a plan that eats into the reserve is refused; with one it is let through and the override recorded.
 */
@Component
class ReserveGuard {

    static final int MAX_REASON = 2000;

    private final ReserveRepository repository;
    private final AuditLog auditLog;

    ReserveGuard(ReserveRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    /** A new planned amount for one quarter of the item. */
    record Plan(String quarter, BigDecimal planned) {}

    void check(long itemId, String title, List<Plan> plans, @Nullable String overrideReason, long userId) {
        if (plans.isEmpty() || !repository.optimises(itemId)) {
            return;
        }
        var stored =
                repository.planned(itemId, plans.stream().map(Plan::quarter).toList());
        var increaseByYear = new TreeMap<Integer, BigDecimal>();
        for (var plan : plans) {
            var increase = plan.planned().subtract(stored.getOrDefault(plan.quarter(), BigDecimal.ZERO));
            increaseByYear.merge(Quarter.parse(plan.quarter()).year(), increase, BigDecimal::add);
        }
        for (Map.Entry<Integer, BigDecimal> entry : increaseByYear.entrySet()) {
            weigh(itemId, title, entry.getKey(), entry.getValue(), overrideReason, userId);
        }
    }

    private void weigh(
            long itemId, String title, int year, BigDecimal increase, @Nullable String overrideReason, long userId) {
        if (increase.signum() <= 0) {
            return;
        }
        var locked = repository.lockedAmount(year);
        if (locked.isEmpty()) {
            return;
        }
        var envelopes = repository.envelopes(year);
        var amount = locked.get();
        var optimising = repository.plannedByAmbition(year)[0];
        if (!ReserveRule.eatsIntoReserve(envelopes, amount, optimising, increase)) {
            return;
        }
        var room = ReserveRule.roomLeft(envelopes, amount, optimising);
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new ReserveRefusedException(year, room);
        }
        var reason = overrideReason.trim();
        Drafts.text("field.reason", reason, MAX_REASON);
        var written = repository.override(itemId, year, increase, room, reason, userId);
        auditLog.record(new AuditEntry(
                "RESERVE_OVERRIDDEN",
                "reserve_override",
                written.row(),
                itemId,
                title + " " + year + ": +" + increase + " past the redesign reserve (room left " + room + "): "
                        + reason,
                null,
                written.after()));
    }
}
