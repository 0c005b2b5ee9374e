package nl.tweespoor.governance.risk;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.db.tables.records.ItemRiskRecord;
import org.jooq.DSLContext;
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

    Optional<InitiativeRecord> item(long initiativeId) {
        return db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchOptional();
    }

    Optional<ItemRiskRecord> risk(long riskId) {
        return db.selectFrom(ITEM_RISK).where(ITEM_RISK.ID.eq(riskId)).fetchOptional();
    }

    /** The owner of the item a risk belongs to, for the permission check. */
    long ownerOf(long initiativeId) {
        return Objects.requireNonNull(db.select(INITIATIVE.OWNER_ID)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchSingle(INITIATIVE.OWNER_ID));
    }

    ItemRiskRecord newRisk() {
        return db.newRecord(ITEM_RISK);
    }
}
