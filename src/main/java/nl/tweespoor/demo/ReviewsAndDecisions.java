package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.status.Rag;
import org.jooq.Record3;
import org.jspecify.annotations.Nullable;

/**
 * A year of quarterly reviews: the last four quarters' reviews closed, each with a decision for every item that was
 * active in its quarter (the agenda), and the current quarter's review in progress. The decisions that shaped the
 * portfolio are told one by one; every other item got the decision its last update called for.
 */
final class ReviewsAndDecisions extends Chapter {

    /** The planned amount per quarter a stop released, by item: the programmes the story stopped had a plan left. */
    private static final Map<String, Integer> RELEASED_PER_QUARTER = Map.of("telematics", 55_000);

    private final ReviewCalendar calendar;

    ReviewsAndDecisions(Story story) {
        super(story);
        this.calendar = new ReviewCalendar(story.now, story.current);
    }

    /** A decision of the story, as the leader recorded it. */
    private record Told(
            String decision,
            String reason,
            @Nullable String conditions,
            @Nullable String learned) {}

    @Override
    void tell() {
        var told = Map.of(
                -4,
                Map.of(
                        "mail-ks",
                        new Told(
                                "PROMOTE", "Bewezen tijdwinst; samen met routering verder als programma.", null, null)),
                -3,
                Map.of(
                        "notes-hr",
                        new Told(
                                "STOP",
                                "Kandidaten voelden zich ongemakkelijk bij opnames.",
                                null,
                                "Vraag eerst hoe betrokkenen een tool ervaren."),
                        "fin-invoice",
                        new Told("STOP", "Bestaande OCR doet dit al.", null, "Kijk eerst wat er al is.")),
                -2,
                Map.of(
                        "telematics",
                        new Told(
                                "STOP",
                                "Past niet bij het doel preventie; hoge risicoklasse en weinig draagvlak.",
                                null,
                                "Rijgedrag meten is voor klanten een te grote stap."),
                        "routing",
                        new Told("SCALE", "Doorlooptijd aantoonbaar korter.", null, null),
                        "code-it",
                        new Told("CONTINUE", "Sterke adoptie; afronden en lessen delen.", null, null),
                        "claims",
                        new Told("CONTINUE", "Op koers richting pilot.", null, null)),
                -1,
                Map.of(
                        "fraud",
                        new Told(
                                "ADJUST",
                                "Waardevol, maar eerst uitlegbaarheid op orde.",
                                "Bias-analyse vóór opschalen; uitleg per score voor onderzoekers.",
                                null),
                        "claims",
                        new Told("CONTINUE", "Pilot gestart.", null, null)));
        var lives = Lifespans.of(this);
        for (int back = ReviewCalendar.closedReviews(); back >= 1; back--) {
            var quarter = current.plus(-back);
            long review = review(quarter);
            var lastWord = lastUpdatesBefore(calendar.openedAt(quarter));
            var ofThisReview = told.getOrDefault(-back, Map.of());
            int minute = 0;
            for (var life : lives.values()) {
                if (life.activeIn(quarter)) {
                    var decision = ofThisReview.getOrDefault(life.key(), usual(life, quarter, lastWord.get(life.id())));
                    decide(
                            review,
                            quarter,
                            life,
                            decision,
                            calendar.openedAt(quarter).plusHours(1).plusMinutes(minute += 4));
                }
            }
            close(review, quarter);
        }
        long open = review(current);
        decide(
                open,
                current,
                lives.get("routing"),
                new Told("CONTINUE", "Chatkanaal toevoegen volgens plan.", null, null),
                now.minusDays(1));
    }

    /** What the board decided on an item nobody argued about: what its last update before the review called for. */
    private static Told usual(Lifespan life, Quarter quarter, @Nullable Record3<Long, Rag, String> lastWord) {
        if (life.end().equals(quarter)) {
            return life.experiment()
                    ? new Told("CONTINUE", "Timebox loopt af: afronden en de lessen delen.", null, null)
                    : new Told("CONTINUE", "Oplevering volgens plan; overdragen aan de lijn.", null, null);
        }
        if (lastWord == null) {
            return new Told("CONTINUE", "Net gestart; doorgaan volgens plan.", null, null);
        }
        return switch (lastWord.value2()) {
            case RED ->
                new Told(
                        "ADJUST",
                        "Rood in de laatste update; zo niet verder.",
                        "Herstelplan vóór de volgende review: " + lastWord.value3(),
                        null);
            case AMBER -> new Told("CONTINUE", "Doorgaan; de vertraging blijft op de agenda.", null, null);
            default -> new Told("CONTINUE", "Op koers; doorgaan volgens plan.", null, null);
        };
    }

    /** Each item's last update before the moment: its RAG and next steps, by item id. */
    private Map<Long, Record3<Long, Rag, String>> lastUpdatesBefore(OffsetDateTime moment) {
        return db.select(STATUS_UPDATE.INITIATIVE_ID, STATUS_UPDATE.RAG, STATUS_UPDATE.NEXT_STEPS)
                .distinctOn(STATUS_UPDATE.INITIATIVE_ID)
                .from(STATUS_UPDATE)
                .where(STATUS_UPDATE.CREATED_AT.lt(moment))
                .orderBy(STATUS_UPDATE.INITIATIVE_ID, STATUS_UPDATE.CREATED_AT.desc())
                .fetchMap(STATUS_UPDATE.INITIATIVE_ID);
    }

    private long review(Quarter quarter) {
        return Objects.requireNonNull(db.insertInto(REVIEW)
                .set(REVIEW.QUARTER, quarter.toString())
                .set(REVIEW.STATUS, "IN_PROGRESS")
                .set(REVIEW.OPENED_AT, calendar.openedAt(quarter))
                .returning(REVIEW.ID)
                .fetchSingle(REVIEW.ID));
    }

    private void decide(long review, Quarter quarter, @Nullable Lifespan life, Told told, OffsetDateTime at) {
        var released =
                "STOP".equals(told.decision()) ? release(Objects.requireNonNull(life), quarter) : BigDecimal.ZERO;
        db.insertInto(REVIEW_DECISION)
                .set(REVIEW_DECISION.REVIEW_ID, review)
                .set(REVIEW_DECISION.INITIATIVE_ID, Objects.requireNonNull(life).id())
                .set(REVIEW_DECISION.DECISION, told.decision())
                .set(REVIEW_DECISION.REASON, told.reason())
                .set(REVIEW_DECISION.CONDITIONS, told.conditions())
                .set(REVIEW_DECISION.LEARNED, told.learned())
                .set(REVIEW_DECISION.DECIDED_BY, users.get("leader"))
                .set(REVIEW_DECISION.DECIDED_AT, at)
                .set(REVIEW_DECISION.BUDGET_RELEASED, released)
                .execute();
    }

    /**
     * What stopping a programme released, as closing does it: the planned amount of the quarters after the review's,
     * each line left at zero. The story's programme that was stopped had planned to the end of its timebox.
     */
    private BigDecimal release(Lifespan life, Quarter quarter) {
        var perQuarter = RELEASED_PER_QUARTER.get(life.key());
        if (perQuarter == null) {
            return BigDecimal.ZERO;
        }
        int quarters = 0;
        for (var q = quarter.plus(1); q.compareTo(life.end()) <= 0; q = q.plus(1)) {
            db.insertInto(BUDGET_LINE)
                    .set(BUDGET_LINE.INITIATIVE_ID, life.id())
                    .set(BUDGET_LINE.QUARTER, q.toString())
                    .set(BUDGET_LINE.PLANNED, BigDecimal.ZERO)
                    .set(BUDGET_LINE.ACTUAL, BigDecimal.ZERO)
                    .execute();
            quarters++;
        }
        return BigDecimal.valueOf(perQuarter).multiply(BigDecimal.valueOf(quarters));
    }

    private void close(long review, Quarter quarter) {
        db.update(REVIEW)
                .set(REVIEW.STATUS, "CLOSED")
                .set(REVIEW.CLOSED_AT, calendar.closedAt(quarter))
                .set(REVIEW.CLOSED_BY, users.get("leader"))
                .where(REVIEW.ID.eq(review))
                .execute();
    }
}
