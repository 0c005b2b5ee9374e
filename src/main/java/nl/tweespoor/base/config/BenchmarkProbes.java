package nl.tweespoor.base.config;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.tweespoor.base.BenchmarkAction;
import nl.tweespoor.base.SqlStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What the benchmark (bench/run) reads from the app, only when started with {@code --tweespoor.benchmark=true}: never
 * in a normal start. GET /benchmark/sql answers the number of SQL statements run so far, GET /benchmark/heap the live
 * heap in bytes after a full garbage collection. Both are for signed-in users only (Spring Security runs before this
 * filter; it checks again) and reveal no data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tweespoor.benchmark", havingValue = "true")
class BenchmarkProbes {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkProbes.class);

    @Bean
    FilterRegistrationBean<Filter> benchmarkProbeFilter(List<BenchmarkAction> actions) {
        LOG.warn("Benchmark probes are on (tweespoor.benchmark=true): /benchmark/sql and /benchmark/heap.");
        var registration = new FilterRegistrationBean<Filter>(new Probe(actions));
        registration.addUrlPatterns("/benchmark/*");
        // After Spring Security's filter chain, which asks for a signed-in user first.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    private static final class Probe implements Filter {

        private final List<BenchmarkAction> actions;

        Probe(List<BenchmarkAction> actions) {
            this.actions = actions;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            var request = (HttpServletRequest) req;
            var response = (HttpServletResponse) res;
            if (request.getUserPrincipal() == null || !"GET".equals(request.getMethod())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            String answer;
            var path =
                    request.getRequestURI().substring(request.getContextPath().length());
            switch (path) {
                case "/benchmark/sql" -> answer = Long.toString(SqlStatements.total());
                case "/benchmark/heap" -> answer = Long.toString(liveHeap());
                default -> {
                    var action = actions.stream()
                            .filter(a -> path.equals("/benchmark/" + a.name()))
                            .findFirst();
                    if (action.isEmpty()) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    answer = action.get().run();
                }
            }
            response.setContentType("text/plain");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
        }

        @SuppressWarnings("java:S1215") // a full collection is the point: the benchmark measures live heap
        private static long liveHeap() {
            var memory = ManagementFactory.getMemoryMXBean();
            long used = Long.MAX_VALUE;
            // Collect until the heap stops shrinking (finalisation and soft references can free more on a later pass).
            for (int i = 0; i < 5; i++) {
                memory.gc();
                long now = memory.getHeapMemoryUsage().getUsed();
                if (now >= used) {
                    return now;
                }
                used = now;
            }
            return used;
        }
    }
}
