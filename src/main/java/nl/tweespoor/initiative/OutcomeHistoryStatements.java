package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.EXPERIMENT_MEASURE;
import static nl.tweespoor.db.Tables.KPI_ACTUAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.db.tables.records.KpiRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Keeps what experiments and KPIs measured over time: each save that changes an experiment's outcome measures (or its
 * participants), or a KPI's actual, adds a row with the quarter it was saved in. Called by the repositories that write
 * those rows, in the same transaction; a save that changes nothing of it adds nothing.
 */
final class OutcomeHistoryStatements {

    private OutcomeHistoryStatements() {}

    /** The measures of an experiment as they stand, to compare before and after a write. */
    record Measures(
            @Nullable Integer participants,
            @Nullable BigDecimal hoursSavedPerWeek,
            @Nullable BigDecimal adoptionPct,
            @Nullable BigDecimal satisfaction) {

        static Measures of(InitiativeRecord item) {
            return new Measures(
                    item.getParticipants(), item.getHoursSavedPerWeek(), item.getAdoptionPct(), item.getSatisfaction());
        }

        static final Measures NONE = new Measures(null, null, null, null);

        /** Same numbers, whatever their scale (1.0 and 1.00 are the same measure). */
        boolean sameAs(Measures other) {
            return Objects.equals(participants, other.participants)
                    && same(hoursSavedPerWeek, other.hoursSavedPerWeek)
                    && same(adoptionPct, other.adoptionPct)
                    && same(satisfaction, other.satisfaction);
        }
    }

    /** Adds a history row when the experiment's measures differ from {@code before}. */
    static void measuresSaved(DSLContext db, InitiativeRecord item, Measures before) {
        var after = Measures.of(item);
        if (after.sameAs(before) || after.sameAs(Measures.NONE)) {
            return;
        }
        db.insertInto(EXPERIMENT_MEASURE)
                .set(EXPERIMENT_MEASURE.INITIATIVE_ID, item.getId())
                .set(EXPERIMENT_MEASURE.QUARTER, thisQuarter())
                .set(EXPERIMENT_MEASURE.PARTICIPANTS, after.participants())
                .set(EXPERIMENT_MEASURE.HOURS_SAVED_PER_WEEK, after.hoursSavedPerWeek())
                .set(EXPERIMENT_MEASURE.ADOPTION_PCT, after.adoptionPct())
                .set(EXPERIMENT_MEASURE.SATISFACTION, after.satisfaction())
                .execute();
    }

    /** Adds a history row when the KPI's actual differs from {@code before} (an actual cleared is not a value). */
    static void actualSaved(DSLContext db, KpiRecord kpi, @Nullable BigDecimal before) {
        var actual = kpi.getActual();
        if (actual == null || same(actual, before)) {
            return;
        }
        db.insertInto(KPI_ACTUAL)
                .set(KPI_ACTUAL.KPI_ID, kpi.getId())
                .set(KPI_ACTUAL.QUARTER, thisQuarter())
                .set(KPI_ACTUAL.ACTUAL, actual)
                .execute();
    }

    private static String thisQuarter() {
        return Quarter.of(LocalDate.now()).toString();
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
