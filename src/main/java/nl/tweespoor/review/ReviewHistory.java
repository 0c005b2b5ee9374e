package nl.tweespoor.review;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One closed review seen from afar: how many decisions of each kind it took and the planned budget its stops released
 * (the /reviews chart: the courage to stop, made visible).
 */
public record ReviewHistory(String quarter, Map<Decision, Integer> decisions, BigDecimal released) {

    public ReviewHistory {
        decisions = Map.copyOf(decisions);
    }

    public int count(Decision decision) {
        return decisions.getOrDefault(decision, 0);
    }
}
