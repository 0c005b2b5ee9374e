package nl.tweespoor.admin;

/**
 * The organisation-wide settings admins keep; the version guards against concurrent edits. Hours per FTE turns the
 * personal track's hours saved into full-time equivalents.
 */
public record OrganisationSettings(
        String organisationName,
        Integer staleAfterDays,
        Integer sessionTimeoutMinutes,
        Integer hoursPerFte,
        int version) {

    public static final int MAX_NAME = 200;
}
