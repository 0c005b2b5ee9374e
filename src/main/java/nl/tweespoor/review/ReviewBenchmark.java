package nl.tweespoor.review;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.tweespoor.base.BenchmarkAction;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review meeting's two timed steps for the benchmark (and the choice of the item to decide, untimed), through the same services the meeting page calls: a decision
 * with what the page reads again after it (the row, the progress line and the evidence), and closing. Only with
 * {@code --tweespoor.benchmark=true}; the benchmark signs in as a leader.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tweespoor.benchmark", havingValue = "true")
class ReviewBenchmark {

    private static final AgendaFilter UNDECIDED = new AgendaFilter(null, null, false);

    /** The next undecided item of the review in progress, chosen before the timed decision (not part of it). */
    private final AtomicReference<long @Nullable []> next = new AtomicReference<>();

    /** The route of the review in progress, so the benchmark needs no id of the demo story written into it. */
    @Bean
    BenchmarkAction benchmarkReviewInProgress(ReviewService reviews) {
        return BenchmarkAction.of("review-in-progress", () -> "reviews/" + inProgress(reviews));
    }

    @Bean
    BenchmarkAction benchmarkReviewNext(ReviewService reviews, AgendaService agenda) {
        return BenchmarkAction.of("review-next", () -> {
            long review = inProgress(reviews);
            var row = agenda.page(review, UNDECIDED, 0, 1).getFirst();
            next.set(new long[] {review, row.initiativeId()});
            return Long.toString(row.initiativeId());
        });
    }

    /** A decision on the item review-next chose, and what the page reads again after it; the client times it. */
    @Bean
    BenchmarkAction benchmarkReviewDecision(DecisionService decisions, AgendaService agenda) {
        return BenchmarkAction.of("review-decision", () -> {
            var chosen = next.getAndSet(null);
            if (chosen == null) {
                throw new IllegalStateException("ask review-next first");
            }
            long review = chosen[0];
            long item = chosen[1];
            long start = System.nanoTime();
            decisions.decide(review, item, new DecisionDraft(Decision.CONTINUE, "Benchmark", null, null), 0);
            agenda.row(review, item);
            agenda.progress(review);
            agenda.evidence(review, item);
            return millis(start);
        });
    }

    /**
     * Decides what is still open (the unflagged in one bulk decision, the flagged one by one, every tenth of those
     * stopped so that closing has effects to apply) and then times the closing alone.
     */
    @Bean
    BenchmarkAction benchmarkReviewClosing(
            ReviewService reviews, DecisionService decisions, AgendaService agenda, ReviewClosing closing) {
        return BenchmarkAction.of("review-close", () -> {
            long review = inProgress(reviews);
            agenda.continueUnflagged(review, "Benchmark", agenda.countContinuable(review));
            int n = 0;
            for (List<AgendaRow> page = agenda.page(review, UNDECIDED, 0, 200);
                    !page.isEmpty();
                    page = agenda.page(review, UNDECIDED, 0, 200)) {
                for (var row : page) {
                    var decision = n++ % 10 == 0 ? Decision.STOP : Decision.CONTINUE;
                    decisions.decide(
                            review,
                            row.initiativeId(),
                            new DecisionDraft(
                                    decision, "Benchmark", null, decision == Decision.STOP ? "Benchmark" : null),
                            0);
                }
            }
            int decided = reviews.review(review).decisions();
            long start = System.nanoTime();
            closing.close(review);
            return millis(start) + " " + decided;
        });
    }

    private static long inProgress(ReviewService reviews) {
        return reviews.reviews(0, 100).stream()
                .filter(ReviewRow::inProgress)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no review in progress"))
                .id();
    }

    private static String millis(long startNanos) {
        return Long.toString((System.nanoTime() - startNanos) / 1_000_000);
    }
}
