package nl.tweespoor.base;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value worked out at most once per HTTP request (a Vaadin round trip is one request), kept in the request's
 * attributes. Outside a request (a background thread, a plain service test) nothing is kept: every call computes.
 * <p>
 * After the value has changed in this request, call {@link #forget()}: the rest of the request reads afresh every
 * time, so a rolled-back write can never leave a stale value behind.
 *
 * <pre>{@code
 * private static final PerRequest<Settings> SETTINGS = PerRequest.named("app-settings");
 * Settings settings() { return SETTINGS.get(repository::read); }
 * }</pre>
 */
public final class PerRequest<T> {

    private static final String PREFIX = PerRequest.class.getName() + ".";
    /** Marks a value that changed in this request: it is not kept any more until the request ends. */
    private static final Object CHANGED = new Object();

    private final String attribute;

    private PerRequest(String name) {
        this.attribute = PREFIX + name;
    }

    /** One value per request under {@code name}; declare it once, as a constant. */
    public static <T> PerRequest<T> named(String name) {
        return new PerRequest<>(name);
    }

    /** The value kept in this request, or {@code compute}'s result (kept when there is a request). */
    @SuppressWarnings("unchecked")
    public T get(Supplier<T> compute) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute.get();
        }
        var kept = request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (kept == CHANGED) {
            return compute.get();
        }
        if (kept != null) {
            return (T) kept;
        }
        var value = compute.get();
        if (value != null) {
            request.setAttribute(attribute, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }

    /**
     * Like {@link #get}, but worked out again once this request has changed something ({@link Changes} moved on
     * since): for values derived from data the request itself may write (the flags' cut lines, the portfolio's
     * version).
     */
    public T untilChanged(Supplier<T> compute) {
        long changes = Changes.count();
        @SuppressWarnings("unchecked")
        var self = (PerRequest<Kept<T>>) (PerRequest<?>) this;
        var kept = self.get(() -> new Kept<>(changes, compute.get()));
        if (kept.changes() == changes) {
            return kept.value();
        }
        var fresh = new Kept<>(changes, compute.get());
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(attribute, fresh, RequestAttributes.SCOPE_REQUEST);
        }
        return fresh.value();
    }

    /** A value and the number of changes the application had made when it was worked out. */
    private record Kept<T>(long changes, T value) {}

    /** The value changed in this request: drop what is kept and keep nothing more until the request ends. */
    public void forget() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(attribute, CHANGED, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
