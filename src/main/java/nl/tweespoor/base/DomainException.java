package nl.tweespoor.base;

import java.util.Arrays;

/**
 * A rule of the domain refused a request. It carries a translation key and arguments rather than a message, so the
 * view can tell the user in their own language.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
