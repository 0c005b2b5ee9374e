package nl.tweespoor.initiative;

import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The governance gate on stage moves (principles, AI risk class). The lifecycle service asks it before every move and
 * before a promotion; the governance feature provides the rules.
 */
public interface StageGate {

    /** gate_override.reason: how long a leader's reason for overriding a gate may be. */
    int MAX_OVERRIDE_REASON = 2000;

    /**
     * Throws a {@link GateRefusedException} saying what is missing when the item may not enter {@code target}. With a
     * non-blank {@code overrideReason}, an overridable refusal is recorded as a leader's override instead.
     */
    void check(long initiativeId, Stage target, @Nullable String overrideReason);
}
