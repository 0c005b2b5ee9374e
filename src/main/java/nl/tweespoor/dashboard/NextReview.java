package nl.tweespoor.dashboard;

/** The review in progress or the next planned one. */
public record NextReview(long id, String quarter, String status) {}
