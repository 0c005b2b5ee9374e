package nl.tweespoor.support;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;

import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The demo story comes with a year of audit events; a test that counts the events its own action wrote counts those
 * written after the story was loaded (its last event is DEMO_DATA_LOADED).
 */
public final class SinceTheStory {

    private SinceTheStory() {}

    public static Condition auditEvents() {
        return AUDIT_EVENT.ID.gt(DSL.select(DSL.max(AUDIT_EVENT.ID))
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("DEMO_DATA_LOADED"))
                .asField());
    }
}
