package nl.tweespoor.governance;

/** What a leader types for a principle. */
public record PrincipleDraft(String code, String title, String explanation, PrincipleCategory category,
        boolean active) {
}
