package nl.tweespoor.initiative;

/**
 * The governance gate on programme stage moves (principles, AI risk class). The initiative service asks it before
 * every programme move; the governance feature provides the real rules.
 */
public interface StageGate {

    /** Throws a DomainException saying what is missing when the programme may not enter {@code target}. */
    void check(long initiativeId, Stage target);
}
