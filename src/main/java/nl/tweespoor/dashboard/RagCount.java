package nl.tweespoor.dashboard;

/** How many active items have red, amber or green as their latest status. */
public record RagCount(String rag, int count) {}
