package nl.tweespoor.initiative;

import nl.tweespoor.base.InvalidInputException;

/**
 * The governance gate refused a stage move; the message says what is missing. When {@link #overridable()}, a leader
 * may still make the move by giving a reason, which is recorded.
 */
public class GateRefusedException extends InvalidInputException {

    private final boolean overridable;

    public GateRefusedException(boolean overridable, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.overridable = overridable;
    }

    public boolean overridable() {
        return overridable;
    }
}
