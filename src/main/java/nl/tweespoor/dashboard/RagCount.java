package nl.tweespoor.dashboard;

import nl.tweespoor.status.Rag;

/** How many active items have red, amber or green as their latest status. */
public record RagCount(Rag rag, int count) {}
