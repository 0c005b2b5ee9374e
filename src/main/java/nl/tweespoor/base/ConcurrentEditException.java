package nl.tweespoor.base;

/** Someone else saved the same row after the user opened it: the save was refused so nothing is overwritten. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException() {
        super("error.concurrent-edit");
    }

    /** The same refusal told in words that fit what was edited (a ranking rather than an item). */
    public ConcurrentEditException(String messageKey) {
        super(messageKey);
    }
}
