package nl.tweespoor.review;

/** A leader's decision with its reason; ADJUST takes conditions, STOP what was learned. */
public record DecisionDraft(Decision decision, String reason, String conditions, String learned) {}
