import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Round-trip times of one kind of request, in nanoseconds; answers in milliseconds. */
final class Stats {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long value) {
        nanos.add(value);
    }

    int count() {
        return nanos.size();
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    /** Nearest-rank percentile, in ms; NaN when nothing was measured. */
    double percentile(int p) {
        var sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
