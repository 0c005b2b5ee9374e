package nl.tweespoor.dashboard.ui;

import java.util.Map;
import nl.tweespoor.status.Flag;

/** Active items per flag; each line links to where that flag is dealt with. */
class FlagsCard extends Card {

    FlagsCard(Map<Flag, Long> counts) {
        super("dashboard.flags", "card-flags");
        var list = countList();
        for (var flag : Flag.values()) {
            int count = counts.getOrDefault(flag, 0L).intValue();
            list.add(countLine(getTranslation("flag." + flag.name()), count, whereDealtWith(flag)));
        }
        add(list);
    }

    private static String whereDealtWith(Flag flag) {
        return switch (flag) {
            case OVER_BUDGET -> "budget";
            case UNFUNDED -> "priorities";
            case PRINCIPLE_GAP -> "principles/matrix";
            case HIGH_RISK -> "governance#risk-portfolio";
            default -> "reviews";
        };
    }
}
