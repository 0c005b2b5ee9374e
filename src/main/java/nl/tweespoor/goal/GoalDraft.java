package nl.tweespoor.goal;

/** What a leader enters for a strategic goal. */
public record GoalDraft(String title, String description, Integer horizonYear) {
}
