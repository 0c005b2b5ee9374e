package nl.tweespoor.base;

/** A choice in a select or filter: an id and what the user reads. */
public record Option(long id, String label) {}
