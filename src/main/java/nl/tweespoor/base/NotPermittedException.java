package nl.tweespoor.base;

/** The current user's roles or ownership do not allow the request. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
