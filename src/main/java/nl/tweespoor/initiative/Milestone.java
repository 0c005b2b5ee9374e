package nl.tweespoor.initiative;

/** A programme milestone: what, by which quarter, and whether it is done. */
public record Milestone(Long id, String title, String dueQuarter, boolean done, int version) {
}
