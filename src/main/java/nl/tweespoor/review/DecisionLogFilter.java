package nl.tweespoor.review;

/** Narrows the decision log: item title text, decision kind, quarter; null means any. */
public record DecisionLogFilter(String item, Decision decision, String quarter) {
}
