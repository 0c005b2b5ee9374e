package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.stage.Stage;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;

/**
 * The audit events of the items' lives that leave no row of their own: each item proposed, each stage move by its
 * owner or a leader, the review closings that stopped or promoted an item, and the programme a promotion created.
 */
final class StageHistory extends Chapter {

    /** A programme's way up, from its first active stage. */
    private static final List<Stage> LADDER = List.of(Stage.DISCOVERY, Stage.PILOT, Stage.SCALE, Stage.RUN);

    private final Trail trail;
    private final ReviewCalendar calendar;

    StageHistory(Story story) {
        super(story);
        this.trail = new Trail(story.db);
        this.calendar = new ReviewCalendar(story.now, story.current);
    }

    @Override
    void tell() {
        var created = db.select(INITIATIVE.ID, INITIATIVE.CREATED_AT)
                .from(INITIATIVE)
                .fetchMap(INITIATIVE.ID, INITIATIVE.CREATED_AT);
        var scaledAt = db.select(REVIEW_DECISION.INITIATIVE_ID, REVIEW.CLOSED_AT)
                .from(REVIEW_DECISION)
                .join(REVIEW)
                .on(REVIEW.ID.eq(REVIEW_DECISION.REVIEW_ID))
                .where(REVIEW_DECISION.DECISION.eq("SCALE"), REVIEW.CLOSED_AT.isNotNull())
                .fetchMap(REVIEW_DECISION.INITIATIVE_ID, REVIEW.CLOSED_AT);
        var bornOfPromotion = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.PROMOTED_FROM_ID.isNotNull())
                .fetchSet(INITIATIVE.ID);
        for (var life : Lifespans.of(this).values()) {
            boolean byPromotion = bornOfPromotion.contains(life.id());
            var at = created.get(life.id());
            if (byPromotion) {
                event(
                        at,
                        user("leader"),
                        "INITIATIVE_CREATED",
                        life,
                        "STRATEGIC created by promotion: " + life.title());
            } else {
                var track = life.experiment() ? "PERSONAL" : "STRATEGIC";
                event(at, life.ownerId(), "INITIATIVE_CREATED", life, track + " proposed: " + life.title());
            }
            if (life.everActive()) {
                moves(life, byPromotion, scaledAt.get(life.id()));
                ending(life);
            }
        }
    }

    private void moves(Lifespan life, boolean byPromotion, @Nullable OffsetDateTime scaled) {
        var path = new ArrayList<Stage>();
        path.add(life.experiment() ? Stage.PROPOSED : Stage.IDEA);
        if (life.experiment()) {
            path.add(Stage.RUNNING);
        } else {
            var top = life.stage() == Stage.COMPLETED ? Stage.RUN : life.stage();
            int reached = top.isActive() ? LADDER.indexOf(top) : 0;
            path.addAll(LADDER.subList(0, reached + 1));
        }
        int steps = path.size() - 1;
        for (int i = byPromotion ? 1 : 0; i < steps; i++) {
            var at = i == 0 ? life.from().minusDays(1) : life.at((double) i / (steps + 1));
            if (i == steps - 1 && i > 0 && scaled != null) {
                at = scaled;
            }
            // An owner starts their own experiment; programmes are moved by a leader.
            long actor = life.experiment() ? life.ownerId() : user("leader");
            move(at, actor, life, path.get(i), path.get(i + 1));
        }
    }

    /** The last move of an item that ended: concluded or completed by its owner, stopped or promoted by a review. */
    private void ending(Lifespan life) {
        var exit = life.exit();
        if (life.activeNow() || exit == null) {
            return;
        }
        var lastActive =
                life.experiment() ? Stage.RUNNING : life.stage() == Stage.STOPPED ? Stage.DISCOVERY : Stage.RUN;
        switch (life.stage()) {
            case STOPPED -> move(closed(exit), user("leader"), life, lastActive, Stage.STOPPED);
            case PROMOTED ->
                event(
                        closed(exit),
                        user("leader"),
                        "PROMOTED",
                        life,
                        "Experiment promoted to programme: " + life.title());
            case COMPLETED -> move(life.until().plusDays(1), user("leader"), life, lastActive, life.stage());
            default -> move(life.until().plusDays(1), life.ownerId(), life, lastActive, life.stage());
        }
    }

    private OffsetDateTime closed(Quarter quarter) {
        return calendar.closedAt(quarter);
    }

    private void move(OffsetDateTime at, long actor, Lifespan life, Stage from, Stage to) {
        trail.one(
                at,
                actor,
                "STAGE_CHANGED",
                "initiative",
                life.id(),
                life.id(),
                life.title() + ": " + from + " → " + to,
                stage(from),
                stage(to));
    }

    private void event(@Nullable OffsetDateTime at, long actor, String kind, Lifespan life, String summary) {
        trail.one(at == null ? now : at, actor, kind, "initiative", life.id(), life.id(), summary, null, null);
    }

    private static JSONB stage(Stage stage) {
        return JSONB.valueOf("{\"stage\": \"" + stage + "\"}");
    }
}
