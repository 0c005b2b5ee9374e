package nl.tweespoor.governance;

import org.jspecify.annotations.Nullable;

/** One active principle and how the item stands against it; {@code result} is null while unassessed. */
public record PrincipleStanding(
        String code, PrincipleCategory category, @Nullable AssessmentResult result) {}
