package nl.tweespoor.base;

/** Input that breaks a validation rule; nothing was written. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
