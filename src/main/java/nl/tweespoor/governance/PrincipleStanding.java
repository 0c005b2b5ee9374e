package nl.tweespoor.governance;

/** One active principle and how the item stands against it; {@code result} is null while unassessed. */
public record PrincipleStanding(String code, PrincipleCategory category, AssessmentResult result) {}
