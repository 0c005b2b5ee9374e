package nl.tweespoor.governance;

/** What a principle is about (PRODUCT.md §2). HUMAN_ROLE and EXPLAINABILITY carry the HIGH-risk gate. */
public enum PrincipleCategory {
    DATA,
    ETHICS,
    HUMAN_ROLE,
    EXPLAINABILITY,
    SECURITY,
    OTHER
}
