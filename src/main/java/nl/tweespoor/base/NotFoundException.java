package nl.tweespoor.base;

/** The requested row does not exist (or no longer does). */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.not-found");
    }
}
