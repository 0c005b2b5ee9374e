package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;

import java.time.LocalDate;
import nl.tweespoor.base.Quarter;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A large, deterministic portfolio on top of the demo story ({@code tweespoor.demo-data=large}), for the benchmark and
 * for tests that prove a view's work does not grow with the data. At scale 1: 10,000 initiatives (8,000 experiments,
 * 2,000 programmes, about 4,000 active), over 200,000 status updates, 45,000 budget lines, 47,000 principle
 * assessments, 4,000 risks, 20,000 comments, 100,000 audit events, 36 closed reviews with a decision for every item
 * that was active then, 50 departments, 200 users and ten years of quarters.
 * <p>
 * Every table is filled by one set-based statement (generate_series and hashes of the row number: the same data on
 * every load, relative to the day it is loaded), written as the app's own database role writes, so it respects every
 * constraint, grant and trigger. It loads once: a second call finds its marker event and adds nothing.
 */
public final class LargePortfolio {

    /** The audit event that marks a database holding the large portfolio. */
    static final String LOADED = "LARGE_PORTFOLIO_LOADED";

    private static final Logger LOG = LoggerFactory.getLogger(LargePortfolio.class);

    private LargePortfolio() {}

    /** The sizes the generator reaches at least, at a scale (1.0 is the large portfolio). */
    public record Sizes(
            int experiments,
            int programmes,
            int statusUpdates,
            int budgetLines,
            int assessments,
            int risks,
            int comments,
            int auditEvents,
            int closedReviews,
            int departments,
            int users) {

        public static Sizes at(double scale) {
            if (!(scale > 0 && scale <= 10)) {
                throw new IllegalArgumentException("scale must be in (0, 10]: " + scale);
            }
            return new Sizes(
                    atLeastOne(8_000 * scale),
                    atLeastOne(2_000 * scale),
                    (int) Math.round(200_000 * scale),
                    (int) Math.round(45_000 * scale),
                    (int) Math.round(47_000 * scale),
                    (int) Math.round(4_000 * scale),
                    (int) Math.round(20_000 * scale),
                    (int) Math.round(100_000 * scale),
                    36,
                    atLeastOne(43 * scale) + 7,
                    atLeastOne(195 * scale) + 5);
        }

        public int initiatives() {
            return experiments + programmes;
        }

        private static int atLeastOne(double value) {
            return Math.max(1, (int) Math.round(value));
        }
    }

    /** Whether this database already holds the large portfolio. */
    public static boolean isLoaded(DSLContext db) {
        return db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.KIND.eq(LOADED));
    }

    /**
     * Adds the large portfolio at {@code scale} to a database holding the demo story, in the caller's transaction.
     * Returns false, adding nothing, when it is there already (at whatever scale).
     *
     * @throws IllegalStateException when the database does not hold the demo story
     */
    public static boolean load(DSLContext db, double scale) {
        var sizes = Sizes.at(scale);
        if (isLoaded(db)) {
            return false;
        }
        if (!db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("DEMO_DATA_LOADED"))) {
            throw new IllegalStateException("The large portfolio goes on top of the demo story; load that first.");
        }
        long started = System.nanoTime();
        new PortfolioStatements(db, sizes, Quarter.of(LocalDate.now())).run();
        LOG.info("Large portfolio loaded at scale {} in {} ms", scale, (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
