package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.APP_SETTING;

import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.Versioned;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SettingsRepository {

    private final DSLContext db;

    SettingsRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Writes the admin's columns of the one settings row (V2 creates it), as long as nobody changed it since they saw
     * {@code expectedVersion}. store() writes only the changed columns, never the leaders' weights or target.
     */
    Written<OrganisationSettings> save(
            int expectedVersion,
            String organisationName,
            int staleAfterDays,
            int sessionTimeoutMinutes,
            int hoursPerFte) {
        var row = Versioned.current(
                db.selectFrom(APP_SETTING).where(APP_SETTING.ID.eq(1)).fetchSingle(), expectedVersion);
        var before = AuditLog.snapshot(row);
        row.setOrganisationName(organisationName);
        row.setStaleAfterDays(staleAfterDays);
        row.setSessionTimeoutMinutes(sessionTimeoutMinutes);
        row.setHoursPerFte(hoursPerFte);
        Versioned.store(row);
        var saved = new OrganisationSettings(
                row.getOrganisationName(),
                row.getStaleAfterDays(),
                row.getSessionTimeoutMinutes(),
                row.getHoursPerFte(),
                row.getVersion());
        return Written.updated(saved, before, row);
    }
}
