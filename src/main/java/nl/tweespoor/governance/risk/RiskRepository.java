package nl.tweespoor.governance.risk;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.ItemRiskRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Risk class and risk register of one item. */
@Repository
class RiskRepository {

    private final DSLContext db;

    RiskRepository(DSLContext db) {
        this.db = db;
    }

    /** The item's class, justification, owner and version with its risks (highest score first), in one statement. */
    Optional<ProfileRow> profile(long initiativeId) {
        var risks = multiset(select(
                                ITEM_RISK.ID,
                                ITEM_RISK.DESCRIPTION,
                                ITEM_RISK.LIKELIHOOD,
                                ITEM_RISK.IMPACT,
                                ITEM_RISK.MITIGATION,
                                ITEM_RISK.OWNER_NAME,
                                ITEM_RISK.STATUS,
                                ITEM_RISK.VERSION)
                        .from(ITEM_RISK)
                        .where(ITEM_RISK.INITIATIVE_ID.eq(INITIATIVE.ID))
                        .orderBy(
                                ITEM_RISK.STATUS.eq("OPEN").desc(),
                                ITEM_RISK.LIKELIHOOD.mul(ITEM_RISK.IMPACT).desc(),
                                ITEM_RISK.ID))
                .convertFrom(rows -> rows.map(r -> new ItemRisk(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        RiskStatus.valueOf(r.value7()),
                        r.value8())));
        return db.select(
                        INITIATIVE.ID,
                        INITIATIVE.RISK_CLASS,
                        INITIATIVE.RISK_JUSTIFICATION,
                        INITIATIVE.OWNER_ID,
                        INITIATIVE.VERSION,
                        risks)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchOptional(r -> new ProfileRow(
                        r.value1(), RiskClass.valueOf(r.value2()), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    record ProfileRow(
            long id, RiskClass riskClass, String justification, long ownerId, int version, List<ItemRisk> risks) {}

    /** What the permission checks and the audit need of the item. */
    Optional<RiskItem> item(long initiativeId) {
        return db.select(
                        INITIATIVE.ID, INITIATIVE.OWNER_ID, INITIATIVE.TITLE, INITIATIVE.RISK_CLASS, INITIATIVE.VERSION)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchOptional(r ->
                        new RiskItem(r.value1(), r.value2(), r.value3(), RiskClass.valueOf(r.value4()), r.value5()));
    }

    record RiskItem(long id, long ownerId, String title, RiskClass riskClass, int version) {}

    /**
     * Sets the item's risk class against the item version the user saw; an edit of the item, so it bumps that
     * version like any other edit.
     */
    Written<Long> classify(
            long initiativeId, int expectedVersion, RiskClass riskClass, @Nullable String justification) {
        var item = Versioned.current(
                db.selectFrom(INITIATIVE)
                        .where(INITIATIVE.ID.eq(initiativeId))
                        .fetchOptional()
                        .orElseThrow(NotFoundException::new),
                expectedVersion);
        var before = AuditLog.snapshot(item);
        item.setRiskClass(riskClass.name());
        item.setRiskJustification(justification);
        item.setUpdatedAt(OffsetDateTime.now());
        Versioned.store(item);
        return Written.updated(initiativeId, before, item);
    }

    /** The risk with the item it belongs to. */
    Optional<StoredRisk> risk(long riskId) {
        return db.select(
                        ITEM_RISK.ID,
                        ITEM_RISK.INITIATIVE_ID,
                        ITEM_RISK.STATUS,
                        ITEM_RISK.DESCRIPTION,
                        ITEM_RISK.VERSION)
                .from(ITEM_RISK)
                .where(ITEM_RISK.ID.eq(riskId))
                .fetchOptional(r ->
                        new StoredRisk(r.value1(), r.value2(), RiskStatus.valueOf(r.value3()), r.value4(), r.value5()));
    }

    record StoredRisk(long id, long initiativeId, RiskStatus status, String description, int version) {}

    /** The owner of the item a risk belongs to, for the permission check. */
    long ownerOf(long initiativeId) {
        return Objects.requireNonNull(db.select(INITIATIVE.OWNER_ID)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchSingle(INITIATIVE.OWNER_ID));
    }

    /** Adds a checked draft to the item's register; returns the risk's id. */
    Written<Long> addRisk(long initiativeId, RiskDraft draft) {
        var risk = db.newRecord(ITEM_RISK);
        risk.setInitiativeId(initiativeId);
        apply(draft, risk);
        Versioned.store(risk);
        return Written.inserted(risk.getId(), risk);
    }

    /** Stores a checked draft over the risk the user saw at {@code expectedVersion}. */
    Written<Long> updateRisk(long riskId, int expectedVersion, RiskDraft draft) {
        var risk = current(riskId, expectedVersion);
        var before = AuditLog.snapshot(risk);
        apply(draft, risk);
        Versioned.store(risk);
        return Written.updated(riskId, before, risk);
    }

    Written<Long> deleteRisk(long riskId, int expectedVersion) {
        var risk = current(riskId, expectedVersion);
        var before = AuditLog.snapshot(risk);
        Versioned.delete(risk);
        return new Written<>(riskId, before, null);
    }

    private ItemRiskRecord current(long riskId, int expectedVersion) {
        return Versioned.current(
                db.selectFrom(ITEM_RISK)
                        .where(ITEM_RISK.ID.eq(riskId))
                        .fetchOptional()
                        .orElseThrow(NotFoundException::new),
                expectedVersion);
    }

    private static void apply(RiskDraft draft, ItemRiskRecord risk) {
        risk.setDescription(draft.description().trim());
        // RiskRules.checkRisk has refused a draft without them
        risk.setLikelihood(Objects.requireNonNull(draft.likelihood()).shortValue());
        risk.setImpact(Objects.requireNonNull(draft.impact()).shortValue());
        risk.setMitigation(RiskRules.trimToNull(draft.mitigation()));
        risk.setOwnerName(RiskRules.trimToNull(draft.ownerName()));
        risk.setStatus(draft.status().name());
    }
}
