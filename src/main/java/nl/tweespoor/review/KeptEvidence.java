package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.EVIDENCE_KEPT_SINCE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static nl.tweespoor.db.Tables.REVIEW_ITEM_EVIDENCE;
import static nl.tweespoor.db.Tables.REVIEW_PACK_EVIDENCE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence kept at closing (V84): per agenda item the {@link AgendaItem} as it stood (its JSON, without the
 * decision), and per review its {@link PackEvidence}. Written once, in the closing's transaction, by one INSERT ...
 * SELECT over a single JSON array whatever the number of items; read a page at a time. The database refuses any
 * change.
 */
@Repository
class KeptEvidence {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final DSLContext db;

    KeptEvidence(DSLContext db) {
        this.db = db;
    }

    /** Keeps the items in agenda order: one statement, the JSON array unnested in the database. */
    void keepItems(long reviewId, List<AgendaItem> agenda) {
        if (agenda.isEmpty()) {
            return;
        }
        var items = agenda.stream().map(item -> item.withDecision(null)).toList();
        var array = DSL.val(JSONB.valueOf(JSON.writeValueAsString(items)), SQLDataType.JSONB);
        var kept = DSL.table("jsonb_array_elements({0}) with ordinality as kept(evidence, position)", array);
        var evidence = DSL.field(DSL.name("kept", "evidence"), SQLDataType.JSONB);
        var position = DSL.field(DSL.name("kept", "position"), SQLDataType.BIGINT);
        db.insertInto(
                        REVIEW_ITEM_EVIDENCE,
                        REVIEW_ITEM_EVIDENCE.REVIEW_ID,
                        REVIEW_ITEM_EVIDENCE.INITIATIVE_ID,
                        REVIEW_ITEM_EVIDENCE.POSITION,
                        REVIEW_ITEM_EVIDENCE.EVIDENCE)
                .select(DSL.select(
                                DSL.val(reviewId),
                                DSL.field("({0} ->> 'initiativeId')::bigint", SQLDataType.BIGINT, evidence),
                                position.cast(SQLDataType.INTEGER),
                                evidence)
                        .from(kept))
                .execute();
    }

    void keepPack(long reviewId, PackEvidence pack) {
        db.insertInto(REVIEW_PACK_EVIDENCE)
                .set(REVIEW_PACK_EVIDENCE.REVIEW_ID, reviewId)
                .set(REVIEW_PACK_EVIDENCE.SUMMARY, JSONB.valueOf(JSON.writeValueAsString(pack)))
                .execute();
    }

    /** Whether closing kept the review's evidence (every review closed since V84). */
    boolean kept(long reviewId) {
        return db.fetchExists(REVIEW_PACK_EVIDENCE, REVIEW_PACK_EVIDENCE.REVIEW_ID.eq(reviewId));
    }

    Optional<PackEvidence> pack(long reviewId) {
        return db.select(REVIEW_PACK_EVIDENCE.SUMMARY)
                .from(REVIEW_PACK_EVIDENCE)
                .where(REVIEW_PACK_EVIDENCE.REVIEW_ID.eq(reviewId))
                .fetchOptional(r -> JSON.readValue(r.value1().data(), PackEvidence.class));
    }

    /** Since when closing keeps the evidence: reviews closed before have none. */
    OffsetDateTime since() {
        // one row, written by V84; the column is not null
        return Objects.requireNonNull(
                db.select(EVIDENCE_KEPT_SINCE.SINCE).from(EVIDENCE_KEPT_SINCE).fetchSingle(EVIDENCE_KEPT_SINCE.SINCE));
    }

    /** A page of the kept agenda in its order at closing, narrowed like the live one. */
    List<AgendaItem> page(long reviewId, AgendaFilter filter, int offset, int limit) {
        return db.select(REVIEW_ITEM_EVIDENCE.EVIDENCE)
                .from(REVIEW_ITEM_EVIDENCE)
                .where(REVIEW_ITEM_EVIDENCE.REVIEW_ID.eq(reviewId), narrowed(filter))
                .orderBy(REVIEW_ITEM_EVIDENCE.POSITION)
                .offset(offset)
                .limit(limit)
                .fetch(r -> item(r.value1()));
    }

    int count(long reviewId, AgendaFilter filter) {
        return db.fetchCount(REVIEW_ITEM_EVIDENCE, REVIEW_ITEM_EVIDENCE.REVIEW_ID.eq(reviewId), narrowed(filter));
    }

    Optional<AgendaItem> item(long reviewId, long initiativeId) {
        return db.select(REVIEW_ITEM_EVIDENCE.EVIDENCE)
                .from(REVIEW_ITEM_EVIDENCE)
                .where(REVIEW_ITEM_EVIDENCE.REVIEW_ID.eq(reviewId), REVIEW_ITEM_EVIDENCE.INITIATIVE_ID.eq(initiativeId))
                .fetchOptional(r -> item(r.value1()));
    }

    /** An item's evidence as each closed review kept it, by review id, with the review's closing moment. */
    Map<Long, EvidenceAtClosing> ofItem(long initiativeId) {
        return db
                .select(REVIEW_ITEM_EVIDENCE.REVIEW_ID, REVIEW.CLOSED_AT, REVIEW_ITEM_EVIDENCE.EVIDENCE)
                .from(REVIEW_ITEM_EVIDENCE)
                .join(REVIEW)
                .on(REVIEW.ID.eq(REVIEW_ITEM_EVIDENCE.REVIEW_ID))
                .where(REVIEW_ITEM_EVIDENCE.INITIATIVE_ID.eq(initiativeId))
                .fetch(r -> new EvidenceAtClosing(r.value1(), r.value2(), item(r.value3())))
                .stream()
                .collect(Collectors.toMap(EvidenceAtClosing::reviewId, Function.identity()));
    }

    /** The review's own decisions on the given items, by item id. */
    Map<Long, DecisionRow> decisions(long reviewId, Collection<Long> initiativeIds) {
        return DecisionRowQuery.select(db)
                .where(REVIEW_DECISION.REVIEW_ID.eq(reviewId), REVIEW_DECISION.INITIATIVE_ID.in(initiativeIds))
                .fetch(Records.mapping(DecisionRow::new))
                .stream()
                .collect(Collectors.toMap(DecisionRow::initiativeId, Function.identity()));
    }

    private static AgendaItem item(JSONB json) {
        return JSON.readValue(json.data(), AgendaItem.class).withEvidence(AgendaItem.Evidence.KEPT);
    }

    private static Condition narrowed(AgendaFilter filter) {
        var conditions = new ArrayList<Condition>();
        var evidence = REVIEW_ITEM_EVIDENCE.EVIDENCE;
        if (filter.track() != null) {
            // the kept JSON is text: it holds the track's name
            conditions.add(DSL.field("{0} ->> 'track'", SQLDataType.VARCHAR, evidence)
                    .eq(filter.track().name()));
        }
        if (filter.flag() != null) {
            conditions.add(DSL.condition(
                    "{0} -> 'signals' -> 'flags' @> {1}",
                    evidence, DSL.val(JSONB.valueOf("[\"" + filter.flag().name() + "\"]"), SQLDataType.JSONB)));
        }
        if (Boolean.FALSE.equals(filter.decided())) {
            // a closed review decided every item it kept
            conditions.add(DSL.falseCondition());
        }
        return DSL.and(conditions);
    }
}
