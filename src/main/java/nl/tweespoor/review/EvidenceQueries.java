package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.FlagSql;
import nl.tweespoor.status.Rag;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The agenda's evidence in a fixed handful of statements, whatever the number of items asked for. */
@Repository
class EvidenceQueries {

    /** An item as its evidence shows it, with the outcome fields used when it has no KPIs. */
    record Item(
            long id,
            Track track,
            String title,
            Stage stage,
            String owner,
            String department,
            @Nullable BigDecimal hoursSavedPerWeek,
            @Nullable BigDecimal adoptionPct,
            @Nullable BigDecimal satisfaction) {}

    /** One status update of an item: its RAG and summary. */
    record Update(Rag rag, String summary) {}

    /** Planned and actual of a year. */
    record Money(BigDecimal planned, BigDecimal actual) {

        static final Money NONE = new Money(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private final DSLContext db;

    EvidenceQueries(DSLContext db) {
        this.db = db;
    }

    List<Item> items(Collection<Long> ids) {
        return db.select(
                        INITIATIVE.ID,
                        INITIATIVE.TRACK,
                        INITIATIVE.TITLE,
                        INITIATIVE.STAGE,
                        APP_USER.DISPLAY_NAME,
                        DEPARTMENT.NAME,
                        INITIATIVE.HOURS_SAVED_PER_WEEK,
                        INITIATIVE.ADOPTION_PCT,
                        INITIATIVE.SATISFACTION)
                .from(INITIATIVE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(INITIATIVE.ID.in(ids))
                .fetch(Records.mapping(Item::new));
    }

    /** The last three updates per item, newest first: RAG trend and latest summary in one statement. */
    Map<Long, List<Update>> recentUpdates(Collection<Long> ids) {
        var rank = rowNumber()
                .over(DSL.partitionBy(STATUS_UPDATE.INITIATIVE_ID)
                        .orderBy(STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc()))
                .as("rank");
        var ranked = DSL.select(STATUS_UPDATE.INITIATIVE_ID, STATUS_UPDATE.RAG, STATUS_UPDATE.SUMMARY, rank)
                .from(STATUS_UPDATE)
                .where(STATUS_UPDATE.INITIATIVE_ID.in(ids))
                .asTable("ranked");
        // the derived table's own column, so always there
        var rankInRanked = Objects.requireNonNull(ranked.field(rank));
        return db
                .selectFrom(ranked)
                .where(rankInRanked.le(3))
                .orderBy(ranked.field(STATUS_UPDATE.INITIATIVE_ID), ranked.field(rank))
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.get(STATUS_UPDATE.INITIATIVE_ID),
                        Collectors.mapping(
                                r -> new Update(r.get(STATUS_UPDATE.RAG), r.get(STATUS_UPDATE.SUMMARY)),
                                Collectors.toList())));
    }

    /** Planned and actual of the year per item. */
    Map<Long, Money> yearBudget(Collection<Long> ids, int year) {
        return db.select(
                        BUDGET_LINE.INITIATIVE_ID,
                        coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO),
                        coalesce(sum(BUDGET_LINE.ACTUAL), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.in(ids), BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))
                .groupBy(BUDGET_LINE.INITIATIVE_ID)
                .fetchMap(r -> r.value1(), r -> new Money(r.value2(), r.value3()));
    }

    Map<Long, List<String>> kpiLines(Collection<Long> ids) {
        return db.selectFrom(KPI).where(KPI.INITIATIVE_ID.in(ids)).orderBy(KPI.ID).fetch().stream()
                .collect(Collectors.groupingBy(
                        k -> k.getInitiativeId(),
                        Collectors.mapping(
                                k -> k.getName() + ": " + plain(k.getActual()) + " / " + plain(k.getTarget()) + " "
                                        + k.getUnit(),
                                Collectors.toList())));
    }

    /** The open high risks per item, highest score first, in one statement. */
    Map<Long, List<AgendaItem.HighRisk>> openHighRisks(Collection<Long> ids) {
        var score = ITEM_RISK.LIKELIHOOD.mul(ITEM_RISK.IMPACT);
        return db
                .selectFrom(ITEM_RISK)
                .where(ITEM_RISK.INITIATIVE_ID.in(ids), FlagSql.openHighRisk())
                .orderBy(score.desc(), ITEM_RISK.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.getInitiativeId(),
                        Collectors.mapping(
                                r -> new AgendaItem.HighRisk(r.getDescription(), r.getLikelihood(), r.getImpact()),
                                Collectors.toList())));
    }

    /** Per item, how it stands against the active principles, in one statement. */
    Map<Long, AgendaItem.Principles> principles(Collection<Long> ids) {
        var result = PRINCIPLE_ASSESSMENT.RESULT;
        return db.select(
                        INITIATIVE.ID,
                        DSL.count().filterWhere(result.eq("MEETS")),
                        DSL.count().filterWhere(result.eq("GAP")),
                        DSL.count().filterWhere(result.eq("NOT_APPLICABLE")),
                        DSL.count().filterWhere(result.isNull()))
                .from(INITIATIVE)
                .crossJoin(PRINCIPLE)
                .leftJoin(PRINCIPLE_ASSESSMENT)
                .on(
                        PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(INITIATIVE.ID),
                        PRINCIPLE_ASSESSMENT.PRINCIPLE_ID.eq(PRINCIPLE.ID))
                .where(INITIATIVE.ID.in(ids), PRINCIPLE.ACTIVE.isTrue())
                .groupBy(INITIATIVE.ID)
                .fetchMap(
                        r -> r.value1(),
                        r -> new AgendaItem.Principles(r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
