package nl.tweespoor.governance.risk;

import java.util.List;

/**
 * An item's AI risk class with its justification and risk register, the item version to change the class against,
 * whether the signed-in user may change any of it, and whether they may also lower the class (leaders only).
 */
public record RiskProfile(
        long initiativeId,
        RiskClass riskClass,
        String justification,
        int itemVersion,
        boolean mayEdit,
        boolean mayLower,
        List<ItemRisk> risks) {}
