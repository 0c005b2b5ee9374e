package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.AppSettingRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class PriorityRepository {

    private final DSLContext db;

    PriorityRepository(DSLContext db) {
        this.db = db;
    }

    Weights weights() {
        return weightsOf(settings());
    }

    /** Stores the weights, checked against the settings version the leader saw ({@code weights.version()}). */
    Written<Weights> storeWeights(Weights weights) {
        var settings = Versioned.current(settings(), weights.version());
        var before = AuditLog.snapshot(settings);
        settings.setWeightValue(weights.value());
        settings.setWeightStrategicFit(weights.strategicFit());
        settings.setWeightFeasibility(weights.feasibility());
        settings.setWeightUrgency(weights.urgency());
        settings.setWeightRisk(weights.risk());
        Versioned.store(settings);
        return Written.updated(weightsOf(settings), before, settings);
    }

    private AppSettingRecord settings() {
        return db.selectFrom(APP_SETTING).where(APP_SETTING.ID.eq(1)).fetchSingle();
    }

    private static Weights weightsOf(AppSettingRecord s) {
        return new Weights(
                s.getWeightValue(),
                s.getWeightStrategicFit(),
                s.getWeightFeasibility(),
                s.getWeightUrgency(),
                s.getWeightRisk(),
                s.getVersion());
    }

    BigDecimal envelope(Track track, int year) {
        return db.select(BUDGET_ENVELOPE.AMOUNT)
                .from(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.TRACK.eq(track), BUDGET_ENVELOPE.YEAR.eq(year))
                .fetchOptional(BUDGET_ENVELOPE.AMOUNT)
                .orElse(BigDecimal.ZERO);
    }

    /** Planned budget after the current quarter of the given items, per quarter. */
    Map<String, BigDecimal> plannedAfter(Collection<Long> ids, Quarter current) {
        return db.select(BUDGET_LINE.QUARTER, sum(BUDGET_LINE.PLANNED))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.in(ids), BUDGET_LINE.QUARTER.gt(current.toString()))
                .groupBy(BUDGET_LINE.QUARTER)
                .orderBy(BUDGET_LINE.QUARTER)
                .fetchMap(BUDGET_LINE.QUARTER, sum(BUDGET_LINE.PLANNED));
    }

    /** Redesign planned and total planned of the year, all items and after releasing the given items' later quarters. */
    BigDecimal[] redesignBeforeAndAfter(int year, Collection<Long> stopped, Quarter current) {
        var inYear = BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4");
        var released = BUDGET_LINE.INITIATIVE_ID.in(stopped).and(BUDGET_LINE.QUARTER.gt(current.toString()));
        var redesign = INITIATIVE.AMBITION.eq("REDESIGN");
        var row = db.select(
                        coalesce(sum(when(redesign, BUDGET_LINE.PLANNED).else_(BigDecimal.ZERO)), BigDecimal.ZERO),
                        coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO),
                        coalesce(
                                sum(when(redesign.andNot(released), BUDGET_LINE.PLANNED)
                                        .else_(BigDecimal.ZERO)),
                                BigDecimal.ZERO),
                        coalesce(
                                sum(when(DSL.not(released), BUDGET_LINE.PLANNED).else_(BigDecimal.ZERO)),
                                BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear)
                .fetchSingle();
        return new BigDecimal[] {row.value1(), row.value2(), row.value3(), row.value4()};
    }

    /**
     * What the given items plan in the year's quarters after the current one (what stopping them releases), OPTIMISE
     * and REDESIGN apart, in one statement.
     */
    BigDecimal[] releasedByAmbition(int year, Collection<Long> stopped, Quarter current) {
        var released = BUDGET_LINE
                .QUARTER
                .between(year + "-Q1", year + "-Q4")
                .and(BUDGET_LINE.QUARTER.gt(current.toString()))
                .and(BUDGET_LINE.INITIATIVE_ID.in(stopped));
        var row = db.select(
                        coalesce(
                                sum(BUDGET_LINE.PLANNED).filterWhere(INITIATIVE.AMBITION.eq("OPTIMISE")),
                                BigDecimal.ZERO),
                        coalesce(
                                sum(BUDGET_LINE.PLANNED).filterWhere(INITIATIVE.AMBITION.eq("REDESIGN")),
                                BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(released)
                .fetchSingle();
        return new BigDecimal[] {row.value1(), row.value2()};
    }

    /**
     * Stores a leader's ratings of an item, checked against the item version they saw; empty when there is no such
     * item. The written row is the item's title, for the audit summary.
     */
    Optional<Written<String>> rate(long initiativeId, int expectedVersion, Ratings ratings) {
        return db.selectFrom(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchOptional()
                .map(found -> {
                    var item = Versioned.current(found, expectedVersion);
                    var before = AuditLog.snapshot(item);
                    item.setScoreValue(rating(ratings.value()));
                    item.setScoreStrategicFit(rating(ratings.strategicFit()));
                    item.setScoreFeasibility(rating(ratings.feasibility()));
                    item.setScoreUrgency(rating(ratings.urgency()));
                    item.setScoreRisk(rating(ratings.risk()));
                    Versioned.store(item);
                    return Written.updated(item.getTitle(), before, item);
                });
    }

    /** PriorityService.rate refuses ratings with one missing before they get here. */
    private static short rating(@Nullable Integer value) {
        return Objects.requireNonNull(value).shortValue();
    }
}
