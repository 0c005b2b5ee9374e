package nl.tweespoor.admin;

import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Settings;
import nl.tweespoor.base.validation.Drafts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation-wide settings admins keep: the name on the board pack, when an item counts as stale, how long
 * an idle session lasts, and how many hours a year an FTE works (for the benefits of the personal track). The same row holds the leaders' weights and redesign target, which this service never writes.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SettingsService {

    /** The ranges the settings form offers and this service accepts. */
    public static final int MIN_STALE_DAYS = 1;

    public static final int MAX_STALE_DAYS = 365;
    public static final int MIN_TIMEOUT = 5;
    public static final int MAX_TIMEOUT = 480;
    /** Hours an FTE works in a year: from a short part-time norm up to 52 weeks of 40 hours (the column checks the same). */
    public static final int MIN_HOURS_PER_FTE = 1000;

    public static final int MAX_HOURS_PER_FTE = 2080;

    private final SettingsRepository repository;
    private final Settings current;
    private final AuditLog auditLog;

    SettingsService(SettingsRepository repository, Settings current, AuditLog auditLog) {
        this.repository = repository;
        this.current = current;
        this.auditLog = auditLog;
    }

    /** Read through the per-request settings, so a view asking here and elsewhere reads the row once. */
    @Transactional(readOnly = true)
    public OrganisationSettings settings() {
        var row = current.current();
        return new OrganisationSettings(
                row.organisationName(),
                row.staleAfterDays(),
                row.sessionTimeoutMinutes(),
                row.hoursPerFte(),
                row.version());
    }

    /** Saves the admin's columns only and returns the new version. */
    @Transactional
    public int save(OrganisationSettings settings) {
        var name = settings.organisationName() == null
                ? ""
                : settings.organisationName().trim();
        if (name.isBlank()) {
            throw new InvalidInputException("admin.settings.name-required");
        }
        Drafts.text("field.organisation-name", name, OrganisationSettings.MAX_NAME);
        requireBetween(settings.staleAfterDays(), MIN_STALE_DAYS, MAX_STALE_DAYS, "field.stale-after-days");
        requireBetween(settings.sessionTimeoutMinutes(), MIN_TIMEOUT, MAX_TIMEOUT, "field.session-timeout");
        requireBetween(settings.hoursPerFte(), MIN_HOURS_PER_FTE, MAX_HOURS_PER_FTE, "field.hours-per-fte");
        // requireBetween has refused missing numbers
        var written = repository.save(
                settings.version(),
                name,
                settings.staleAfterDays(),
                settings.sessionTimeoutMinutes(),
                settings.hoursPerFte());
        current.changed();
        auditLog.record(new AuditEntry(
                "SETTINGS_CHANGED",
                "app_setting",
                1L,
                null,
                "Organisation settings changed",
                written.before(),
                written.after()));
        return written.row().version();
    }

    private static void requireBetween(Integer value, int min, int max, String fieldKey) {
        if (value == null || value < min || value > max) {
            throw new InvalidInputException("validation.between", fieldKey, min, max);
        }
    }
}
