package nl.tweespoor.governance.risk;

import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.SignedInUser;
import org.jspecify.annotations.Nullable;

/** Validation and permission rules of the risk class and register, plain Java so they test without a database. */
final class RiskRules {

    private RiskRules() {}

    /** Same rule as editing the item (PRODUCT.md §3): leaders any item, programme managers their own. */
    static boolean mayEdit(SignedInUser user, long ownerId) {
        return user.mayWorkOnItemOwnedBy(ownerId);
    }

    static void requireMayEdit(SignedInUser user, long ownerId) {
        if (!mayEdit(user, ownerId)) {
            throw new NotPermittedException("error.not-permitted.edit-item");
        }
    }

    /**
     * PRODUCT.md §4: nobody switches the gate rules off by classing an item down. Raising (or keeping) the class is an
     * edit of the item; lowering it, out of PROHIBITED too, is a leader's call and needs a reason.
     */
    static void checkChange(SignedInUser user, RiskClass from, RiskClass to, String loweringReason) {
        if (!lowers(from, to)) {
            return;
        }
        if (!user.isLeader()) {
            throw new NotPermittedException("risk.only-leaders-lower");
        }
        if (blank(loweringReason)) {
            throw new InvalidInputException("risk.lowering-reason-required");
        }
        // Kept in the audit event; as long as a justification may be.
        Drafts.text("field.risk-lowering-reason", loweringReason, RiskClass.MAX_JUSTIFICATION);
    }

    static boolean lowers(RiskClass from, RiskClass to) {
        return to.compareTo(from) < 0;
    }

    static void checkClass(RiskClass riskClass, String justification) {
        if (riskClass == null) {
            throw new InvalidInputException("risk.class-required");
        }
        if (riskClass.needsJustification() && blank(justification)) {
            throw new InvalidInputException("risk.justification-required");
        }
        Drafts.text("field.risk-justification", justification, RiskClass.MAX_JUSTIFICATION);
    }

    static void checkRisk(RiskDraft draft) {
        if (blank(draft.description())) {
            throw new InvalidInputException("risk.description-required");
        }
        Drafts.check(draft);
        oneToFive(draft.likelihood(), "field.risk-likelihood");
        oneToFive(draft.impact(), "field.risk-impact");
        if (draft.status() == null) {
            throw new InvalidInputException("risk.status-required");
        }
    }

    static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void oneToFive(@Nullable Integer value, String fieldKey) {
        if (value == null || value < 1 || value > 5) {
            throw new InvalidInputException("validation.between", fieldKey, 1, 5);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
