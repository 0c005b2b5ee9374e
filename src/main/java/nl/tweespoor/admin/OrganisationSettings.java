package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.APP_SETTING;

import nl.tweespoor.base.ColumnLimits;

/** The organisation-wide settings admins keep; the version guards against concurrent edits. */
public record OrganisationSettings(
        String organisationName, Integer staleAfterDays, Integer sessionTimeoutMinutes, int version) {

    public static final int MAX_NAME = ColumnLimits.max(APP_SETTING.ORGANISATION_NAME);
}
