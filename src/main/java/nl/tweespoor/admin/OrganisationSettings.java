package nl.tweespoor.admin;

/** The organisation-wide settings admins keep; the version guards against concurrent edits. */
public record OrganisationSettings(
        String organisationName, Integer staleAfterDays, Integer sessionTimeoutMinutes, int version) {

    public static final int MAX_NAME = 200;
}
