package nl.tweespoor.governance;

/** One principle of the catalogue; retired principles stay for the history but no longer gate anything. */
public record Principle(
        long id,
        String code,
        String title,
        String explanation,
        PrincipleCategory category,
        boolean active,
        int version) {}
