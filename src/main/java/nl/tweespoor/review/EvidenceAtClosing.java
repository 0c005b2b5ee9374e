package nl.tweespoor.review;

import java.time.OffsetDateTime;

/** An item's evidence as a closed review kept it, and when that review closed: for the item's decision history. */
public record EvidenceAtClosing(long reviewId, OffsetDateTime closedAt, AgendaItem item) {}
