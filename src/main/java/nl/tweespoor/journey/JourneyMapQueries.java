package nl.tweespoor.journey;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.JOURNEY;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.tweespoor.initiative.Ambition;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The journey map in one statement per page: per journey its items counted and their plan for the year summed per
 * ambition, its signals, and its first items with stage and last RAG — all in SQL, for the journeys on the page only.
 */
@Repository
class JourneyMapQueries {

    private final DSLContext db;

    JourneyMapQueries(DSLContext db) {
        this.db = db;
    }

    List<JourneyRow> page(JourneyFilter filter, int year, int offset, int limit) {
        var onJourney = INITIATIVE.JOURNEY_ID.eq(JOURNEY.ID);
        var plannedThisYear = select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .and(inYear(year))
                .asField("planned");
        // the item's last update: the first entry of status_update_latest_ix, one index probe per item listed
        var latestRag = field(select(STATUS_UPDATE.RAG)
                .from(STATUS_UPDATE)
                .where(STATUS_UPDATE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .orderBy(STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc())
                .limit(1));
        var items = multiset(select(
                                INITIATIVE.ID,
                                INITIATIVE.TRACK,
                                INITIATIVE.TITLE,
                                INITIATIVE.AMBITION,
                                INITIATIVE.STAGE,
                                latestRag,
                                plannedThisYear)
                        .from(INITIATIVE)
                        .where(onJourney)
                        .orderBy(INITIATIVE.AMBITION.desc(), INITIATIVE.TITLE, INITIATIVE.ID)
                        .limit(JourneyRow.SHOWN_ITEMS))
                .convertFrom(rows -> rows.map(r -> new JourneyRow.Item(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        Ambition.valueOf(r.value4()),
                        r.value5(),
                        r.value6(),
                        (BigDecimal) r.value7())));
        return db.select(
                        JOURNEY.ID,
                        JOURNEY.TITLE,
                        JOURNEY.KIND,
                        JOURNEY.OWNER_ID,
                        APP_USER.DISPLAY_NAME,
                        JOURNEY.DESCRIPTION,
                        JOURNEY.INTENT,
                        JOURNEY.REDESIGN_BY,
                        JOURNEY.VERSION,
                        itemCount(Ambition.OPTIMISE),
                        itemCount(Ambition.REDESIGN),
                        planned(Ambition.OPTIMISE, year),
                        planned(Ambition.REDESIGN, year),
                        DSL.field(JourneySignalSql.redesignUnfunded(JOURNEY, year)),
                        DSL.field(JourneySignalSql.exhaustedPolished(JOURNEY, year)),
                        items)
                .from(JOURNEY)
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(JOURNEY.OWNER_ID))
                .where(conditions(filter))
                .orderBy(JOURNEY.TITLE, JOURNEY.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new JourneyRow(
                        r.value1(),
                        r.value2(),
                        JourneyKind.valueOf(r.value3()),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        JourneyIntent.valueOf(r.value7()),
                        r.value8(),
                        r.value9(),
                        Objects.requireNonNull(r.value10()),
                        Objects.requireNonNull(r.value11()),
                        Objects.requireNonNull(r.value12()),
                        Objects.requireNonNull(r.value13()),
                        signals(Boolean.TRUE.equals(r.value14()), Boolean.TRUE.equals(r.value15())),
                        r.value16()));
    }

    int count(JourneyFilter filter) {
        return db.fetchCount(JOURNEY, conditions(filter));
    }

    /** How many journeys show each signal this year, counted in SQL. */
    SignalCounts signalCounts(int year) {
        var row = db.select(
                        DSL.count().filterWhere(JourneySignalSql.redesignUnfunded(JOURNEY, year)),
                        DSL.count().filterWhere(JourneySignalSql.exhaustedPolished(JOURNEY, year)))
                .from(JOURNEY)
                .fetchSingle();
        return new SignalCounts(row.value1(), row.value2());
    }

    /** The first {@code limit} journeys with a signal, by title, for the dashboard. */
    List<JourneyFlag> flagged(int year, int limit) {
        var unfunded = JourneySignalSql.redesignUnfunded(JOURNEY, year);
        var polished = JourneySignalSql.exhaustedPolished(JOURNEY, year);
        return db.select(JOURNEY.ID, JOURNEY.TITLE, DSL.field(unfunded), DSL.field(polished))
                .from(JOURNEY)
                .where(unfunded.or(polished))
                .orderBy(JOURNEY.TITLE, JOURNEY.ID)
                .limit(limit)
                .fetch(r -> new JourneyFlag(
                        r.value1(),
                        r.value2(),
                        signals(Boolean.TRUE.equals(r.value3()), Boolean.TRUE.equals(r.value4()))));
    }

    /** The journey and its signals for each of {@code itemIds} that names one: one statement for all of them. */
    List<ItemJourney> ofItems(List<Long> itemIds, int year) {
        return db.select(
                        INITIATIVE.ID,
                        JOURNEY.TITLE,
                        JOURNEY.INTENT,
                        JOURNEY.REDESIGN_BY,
                        DSL.field(JourneySignalSql.redesignUnfunded(JOURNEY, year)),
                        DSL.field(JourneySignalSql.exhaustedPolished(JOURNEY, year)))
                .from(INITIATIVE)
                .join(JOURNEY)
                .on(JOURNEY.ID.eq(INITIATIVE.JOURNEY_ID))
                .where(INITIATIVE.ID.in(itemIds))
                .fetch(r -> new ItemJourney(
                        r.value1(),
                        r.value2(),
                        JourneyIntent.valueOf(r.value3()),
                        r.value4(),
                        signals(Boolean.TRUE.equals(r.value5()), Boolean.TRUE.equals(r.value6()))));
    }

    private static Field<Integer> itemCount(Ambition ambition) {
        return field(DSL.selectCount()
                .from(INITIATIVE)
                .where(INITIATIVE.JOURNEY_ID.eq(JOURNEY.ID))
                .and(INITIATIVE.AMBITION.eq(ambition.name())));
    }

    /**
     * Summed item by item, each item's year read from budget_line_uk (initiative, quarter). As a join of the
     * journey's items with the year's budget lines the planner scanned all of the year's lines for every journey
     * shown (27 ms for a page of journeys on 10,000 items; this way 8 ms).
     */
    private static Field<BigDecimal> planned(Ambition ambition, int year) {
        var itemsYear = field(select(sum(BUDGET_LINE.PLANNED))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .and(inYear(year)));
        return field(select(coalesce(sum(itemsYear), BigDecimal.ZERO))
                .from(INITIATIVE)
                .where(INITIATIVE.JOURNEY_ID.eq(JOURNEY.ID))
                .and(INITIATIVE.AMBITION.eq(ambition.name())));
    }

    private static Condition inYear(int year) {
        return BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4");
    }

    private static Condition conditions(JourneyFilter filter) {
        var conditions = new ArrayList<Condition>();
        if (filter.kind() != null) {
            conditions.add(JOURNEY.KIND.eq(filter.kind().name()));
        }
        if (filter.intent() != null) {
            conditions.add(JOURNEY.INTENT.eq(filter.intent().name()));
        }
        return DSL.and(conditions);
    }

    private static Set<JourneySignal> signals(boolean unfunded, boolean polished) {
        var signals = EnumSet.noneOf(JourneySignal.class);
        if (unfunded) {
            signals.add(JourneySignal.REDESIGN_UNFUNDED);
        }
        if (polished) {
            signals.add(JourneySignal.EXHAUSTED_POLISHED);
        }
        return Set.copyOf(signals);
    }
}
