package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.tweespoor.base.Quarter;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo story: Noordzee Verzekeringen, a Dutch insurer in its second year of AI. Quarters and dates are relative to
 * the day it is loaded, so the demo never looks stale. Each chapter is a class of its own; this one tells them in
 * order, in one transaction.
 */
@Component
class DemoData {

    private final DSLContext db;
    private final PasswordEncoder passwordEncoder;

    DemoData(DSLContext db, PasswordEncoder passwordEncoder) {
        this.db = db;
        this.passwordEncoder = passwordEncoder;
    }

    /** Whether this database holds the demo story (and so its demo accounts). */
    @Transactional(readOnly = true)
    boolean isLoaded() {
        return db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("DEMO_DATA_LOADED"));
    }

    /** Loads everything in one transaction, only into a database without users. */
    @Transactional
    boolean loadIfEmpty() {
        if (db.fetchExists(APP_USER)) {
            return false;
        }
        var story = new Story(db, OffsetDateTime.now(), Quarter.of(LocalDate.now()));
        // The order matters: later chapters find the users, departments, goals, items and principles by key.
        List<Chapter> chapters = List.of(
                new Organisation(story, passwordEncoder),
                new Goals(story),
                new Journeys(story),
                new Programmes(story),
                new Experiments(story),
                new ExperimentJourneys(story),
                new ExperimentStrategy(story),
                new Budgets(story),
                new StatusUpdates(story),
                new StatusHistory(story),
                new Actuals(story),
                new PrinciplesAndAssessments(story),
                new Risks(story),
                new Conversations(story),
                new MilestonesAndKpis(story),
                new BenefitHistory(story),
                new ReviewsAndDecisions(story),
                // After every plan of the story: the reserve is set against what optimising plans.
                new RedesignReserve(story),
                // Last, when every row of the story exists: the audit trail of its year.
                new AuditTrail(story),
                new StageHistory(story));
        chapters.forEach(Chapter::tell);
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR_NAME, "system")
                .set(AUDIT_EVENT.KIND, "DEMO_DATA_LOADED")
                .set(AUDIT_EVENT.ENTITY_TYPE, "system")
                .set(AUDIT_EVENT.SUMMARY, "Demo data of Noordzee Verzekeringen loaded")
                .execute();
        return true;
    }

    /** Adds the large portfolio on top of the demo story, once ({@code tweespoor.demo-data=large}). */
    @Transactional
    boolean loadLargePortfolio(double scale) {
        return LargePortfolio.load(db, scale);
    }
}
