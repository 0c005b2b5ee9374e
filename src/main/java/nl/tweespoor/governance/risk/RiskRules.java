package nl.tweespoor.governance.risk;

import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.security.SignedInUser;

/** Validation and permission rules of the risk class and register, plain Java so they test without a database. */
final class RiskRules {

    static final int TEXT_MAX = 2000;
    static final int OWNER_MAX = 120;

    private RiskRules() {
    }

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
        maxLength(loweringReason, "field.risk-lowering-reason", TEXT_MAX);
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
        maxLength(justification, "field.risk-justification", TEXT_MAX);
    }

    static void checkRisk(RiskDraft draft) {
        if (blank(draft.description())) {
            throw new InvalidInputException("risk.description-required");
        }
        maxLength(draft.description(), "field.risk-description", TEXT_MAX);
        oneToFive(draft.likelihood(), "field.risk-likelihood");
        oneToFive(draft.impact(), "field.risk-impact");
        maxLength(draft.mitigation(), "field.risk-mitigation", TEXT_MAX);
        maxLength(draft.ownerName(), "field.risk-owner", OWNER_MAX);
        if (draft.status() == null) {
            throw new InvalidInputException("risk.status-required");
        }
    }

    static String trimToNull(String value) {
        return blank(value) ? null : value.trim();
    }

    private static void oneToFive(Integer value, String fieldKey) {
        if (value == null || value < 1 || value > 5) {
            throw new InvalidInputException("validation.between", fieldKey, 1, 5);
        }
    }

    private static void maxLength(String value, String fieldKey, int max) {
        if (value != null && value.trim().length() > max) {
            throw new InvalidInputException("validation.too-long", fieldKey, max);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
