package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Reads every item of the story and works out its life: when it was active and when its owner wrote about it. The
 * story's history begins with the first closed review's quarter, a year and a bit before today.
 */
final class Lifespans {

    /** The quarter a review stopped or promoted an item in, by key: those items' lives end with that review. */
    static final Map<String, Integer> ENDED_BY_REVIEW = Map.of(
            "mail-ks", -4,
            "notes-hr", -3,
            "fin-invoice", -3,
            "telematics", -2);

    private Lifespans() {}

    /** Every item of the story by key, in key order, so that what is written from them is the same on every load. */
    static Map<String, Lifespan> of(Chapter chapter) {
        var calendar = new ReviewCalendar(chapter.now, chapter.current);
        var historyBegins = chapter.current.plus(-ReviewCalendar.closedReviews());
        var byId = chapter.db
                .select(
                        INITIATIVE.ID,
                        INITIATIVE.TITLE,
                        INITIATIVE.TRACK,
                        INITIATIVE.STAGE,
                        INITIATIVE.OWNER_ID,
                        INITIATIVE.START_QUARTER,
                        INITIATIVE.END_QUARTER,
                        INITIATIVE.CREATED_AT,
                        INITIATIVE.STARTED_AT)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.in(chapter.items.values()))
                .fetchMap(INITIATIVE.ID);
        var lives = new LinkedHashMap<String, Lifespan>();
        new TreeMap<>(chapter.items).forEach((key, id) -> {
            var row = Objects.requireNonNull(byId.get(id));
            var stage = row.get(INITIATIVE.STAGE);
            var start = Quarter.parse(row.get(INITIATIVE.START_QUARTER));
            var end = Quarter.parse(row.get(INITIATIVE.END_QUARTER));
            var exit = exit(key, stage, end, chapter.current);
            var from = latest(
                    morning(chapter, (start.compareTo(historyBegins) < 0 ? historyBegins : start).firstDay())
                            .plusDays(10),
                    row.get(INITIATIVE.CREATED_AT).plusDays(3),
                    row.get(INITIATIVE.STARTED_AT));
            var until = exit == null || stage.isActive()
                    ? chapter.now
                    : calendar.openedAt(exit).minusDays(2);
            lives.put(
                    key,
                    new Lifespan(
                            key,
                            id,
                            row.get(INITIATIVE.TITLE),
                            row.get(INITIATIVE.TRACK) == Track.PERSONAL,
                            stage,
                            Objects.requireNonNull(row.get(INITIATIVE.OWNER_ID)),
                            start,
                            end,
                            exit,
                            from.isAfter(until) ? until : from,
                            until));
        });
        return lives;
    }

    private static @Nullable Quarter exit(String key, Stage stage, Quarter end, Quarter current) {
        if (Stage.PROPOSALS.contains(stage)) {
            return null;
        }
        if (stage.isActive()) {
            return current;
        }
        var byReview = ENDED_BY_REVIEW.get(key);
        if (byReview != null) {
            return current.plus(byReview);
        }
        if (stage == Stage.STOPPED || stage == Stage.PROMOTED) {
            throw new IllegalStateException(key + " is " + stage + " but no review of the story ended it");
        }
        return end;
    }

    private static OffsetDateTime latest(OffsetDateTime first, OffsetDateTime second, @Nullable OffsetDateTime third) {
        var later = first.isAfter(second) ? first : second;
        return third != null && third.isAfter(later) ? third : later;
    }

    private static OffsetDateTime morning(Chapter chapter, java.time.LocalDate day) {
        return day.atTime(LocalTime.of(9, 30)).atOffset(chapter.now.getOffset());
    }
}
