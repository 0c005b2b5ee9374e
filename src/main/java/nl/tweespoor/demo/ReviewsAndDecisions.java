package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;

import java.util.Objects;
import nl.tweespoor.base.Quarter;
import org.jspecify.annotations.Nullable;

/** Three closed reviews of the previous quarters with their decisions, and the current one in progress. */
final class ReviewsAndDecisions extends Chapter {

    ReviewsAndDecisions(Story story) {
        super(story);
    }

    @Override
    void tell() {
        long q3 = review(current.plus(-3), 3 * 91);
        decide(
                q3,
                "notes-hr",
                "STOP",
                "Kandidaten voelden zich ongemakkelijk bij opnames.",
                null,
                "Vraag eerst hoe betrokkenen een tool ervaren.");
        decide(q3, "code-it", "CONTINUE", "Sterke adoptie; afronden en lessen delen.", null, null);
        decide(q3, "routing", "SCALE", "Doorlooptijd aantoonbaar korter.", null, null);
        close(q3, 3 * 91 - 2);
        long q2 = review(current.plus(-2), 2 * 91);
        decide(
                q2,
                "telematics",
                "STOP",
                "Past niet bij het doel preventie; hoge risicoklasse en weinig draagvlak.",
                null,
                "Rijgedrag meten is voor klanten een te grote stap.");
        decide(q2, "fin-invoice", "STOP", "Bestaande OCR doet dit al.", null, "Kijk eerst wat er al is.");
        decide(q2, "claims", "CONTINUE", "Op koers richting pilot.", null, null);
        close(q2, 2 * 91 - 2);
        long q1 = review(current.plus(-1), 91);
        decide(q1, "mail-ks", "PROMOTE", "Bewezen tijdwinst; samen met routering verder als programma.", null, null);
        decide(
                q1,
                "fraud",
                "ADJUST",
                "Waardevol, maar eerst uitlegbaarheid op orde.",
                "Bias-analyse vóór opschalen; uitleg per score voor onderzoekers.",
                null);
        decide(q1, "claims", "CONTINUE", "Pilot gestart.", null, null);
        close(q1, 91 - 2);
        long open = review(current, 2);
        decide(open, "routing", "CONTINUE", "Chatkanaal toevoegen volgens plan.", null, null);
    }

    private long review(Quarter quarter, int daysAgo) {
        return Objects.requireNonNull(db.insertInto(REVIEW)
                .set(REVIEW.QUARTER, quarter.toString())
                .set(REVIEW.STATUS, "IN_PROGRESS")
                .set(REVIEW.OPENED_AT, now.minusDays(daysAgo))
                .returning(REVIEW.ID)
                .fetchSingle(REVIEW.ID));
    }

    private void decide(
            long review,
            String item,
            String decision,
            String reason,
            @Nullable String conditions,
            @Nullable String learned) {
        db.insertInto(REVIEW_DECISION)
                .set(REVIEW_DECISION.REVIEW_ID, review)
                .set(REVIEW_DECISION.INITIATIVE_ID, items.get(item))
                .set(REVIEW_DECISION.DECISION, decision)
                .set(REVIEW_DECISION.REASON, reason)
                .set(REVIEW_DECISION.CONDITIONS, conditions)
                .set(REVIEW_DECISION.LEARNED, learned)
                .set(REVIEW_DECISION.DECIDED_BY, users.get("leader"))
                .execute();
    }

    private void close(long review, int daysAgo) {
        db.update(REVIEW)
                .set(REVIEW.STATUS, "CLOSED")
                .set(REVIEW.CLOSED_AT, now.minusDays(daysAgo))
                .set(REVIEW.CLOSED_BY, users.get("leader"))
                .where(REVIEW.ID.eq(review))
                .execute();
    }
}
