package nl.tweespoor.governance.risk;

import java.util.List;

/**
 * An item's AI risk class with its justification and risk register, the item version to change the class against,
 * and whether the signed-in user may change any of it.
 */
public record RiskProfile(long initiativeId, RiskClass riskClass, String justification, int itemVersion,
        boolean mayEdit, List<ItemRisk> risks) {

    public long openHighCount() {
        return risks.stream().filter(ItemRisk::openHigh).count();
    }
}
