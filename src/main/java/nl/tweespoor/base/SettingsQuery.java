package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.APP_SETTING;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The one settings row (V2 creates it). */
@Repository
class SettingsQuery {

    private final DSLContext db;

    SettingsQuery(DSLContext db) {
        this.db = db;
    }

    AppSettings read() {
        return db.select(
                        APP_SETTING.ORGANISATION_NAME,
                        APP_SETTING.REDESIGN_TARGET_PCT,
                        APP_SETTING.WEIGHT_VALUE,
                        APP_SETTING.WEIGHT_STRATEGIC_FIT,
                        APP_SETTING.WEIGHT_FEASIBILITY,
                        APP_SETTING.WEIGHT_URGENCY,
                        APP_SETTING.WEIGHT_RISK,
                        APP_SETTING.STALE_AFTER_DAYS,
                        APP_SETTING.SESSION_TIMEOUT_MINUTES,
                        APP_SETTING.HOURS_PER_FTE,
                        APP_SETTING.VERSION)
                .from(APP_SETTING)
                .where(APP_SETTING.ID.eq(1))
                .fetchSingle(Records.mapping(AppSettings::new));
    }
}
