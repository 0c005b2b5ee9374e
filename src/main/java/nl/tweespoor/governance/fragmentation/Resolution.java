package nl.tweespoor.governance.fragmentation;

/** What leaders decided about a fragmentation group. */
public enum Resolution {
    /** The overlap is deliberate (e.g. different needs); the reason says why. */
    ACCEPTED,
    /** The items should come together; the note says how or who picks it up. */
    CONSOLIDATE
}
