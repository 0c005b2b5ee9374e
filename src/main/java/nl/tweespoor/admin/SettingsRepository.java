package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.APP_SETTING;

import nl.tweespoor.db.tables.records.AppSettingRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SettingsRepository {

    private final DSLContext db;

    SettingsRepository(DSLContext db) {
        this.db = db;
    }

    /** The one settings row (V2 creates it). */
    AppSettingRecord settings() {
        return db.selectFrom(APP_SETTING).where(APP_SETTING.ID.eq(1)).fetchSingle();
    }
}
