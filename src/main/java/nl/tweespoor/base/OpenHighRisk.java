package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.ITEM_RISK;

import org.jooq.Condition;

/**
 * An open risk in an item's register whose likelihood × impact is 15 or more (issue "Governance"). Flags, the review
 * agenda and the risk portfolio all ask the same question, so it lives here once.
 */
public final class OpenHighRisk {

    public static final int SCORE = 15;

    private OpenHighRisk() {}

    public static boolean is(boolean open, int likelihood, int impact) {
        return open && likelihood * impact >= SCORE;
    }

    /** The same rule for a query over ITEM_RISK. */
    public static Condition condition() {
        return ITEM_RISK
                .STATUS
                .eq("OPEN")
                .and(ITEM_RISK.LIKELIHOOD.mul(ITEM_RISK.IMPACT).ge((short) SCORE));
    }
}
