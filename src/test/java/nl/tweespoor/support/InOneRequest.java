package nl.tweespoor.support;

import java.util.function.Supplier;
import nl.tweespoor.base.SqlStatements;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs work as one HTTP request does (a Vaadin round trip): with request attributes of its own, so what is kept per
 * request (base.PerRequest) starts empty, and counts the SQL statements it runs.
 */
public final class InOneRequest {

    private InOneRequest() {}

    public static long statements(Runnable work) {
        return run(() -> SqlStatements.countIn(work));
    }

    public static <T> SqlStatements.Counted<T> count(Supplier<T> work) {
        return run(() -> SqlStatements.count(work));
    }

    public static <T> T run(Supplier<T> work) {
        var before = RequestContextHolder.getRequestAttributes();
        var request = new ServletRequestAttributes(new MockHttpServletRequest());
        RequestContextHolder.setRequestAttributes(request);
        try {
            return work.get();
        } finally {
            request.requestCompleted();
            RequestContextHolder.setRequestAttributes(before);
        }
    }
}
