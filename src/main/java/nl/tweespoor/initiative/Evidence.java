package nl.tweespoor.initiative;

import org.jspecify.annotations.Nullable;

/** The evidence an experiment hands to the programme it is promoted into: its outcomes and learnings. */
final class Evidence {

    private Evidence() {}

    static String of(InitiativeDraft experiment) {
        var text = new StringBuilder("Evidence from the experiment / bewijs uit het experiment:\n");
        append(text, "Hours saved per week / uren bespaard per week", experiment.hoursSavedPerWeek());
        append(text, "Adoption % / adoptie %", experiment.adoptionPct());
        append(text, "Satisfaction / tevredenheid (1-5)", experiment.satisfaction());
        append(text, "Participants / deelnemers", experiment.participants());
        var learnings = experiment.learnings();
        if (learnings != null) {
            text.append("\n").append(learnings);
        }
        var result = text.toString();
        int max = InitiativeDraft.MAX_DESCRIPTION;
        if (result.codePointCount(0, result.length()) <= max) {
            return result;
        }
        // Cut by characters (as the column counts them), never through the middle of an emoji.
        return result.substring(0, result.offsetByCodePoints(0, max - 3)) + "...";
    }

    private static void append(StringBuilder text, String label, @Nullable Object value) {
        if (value != null) {
            text.append("- ").append(label).append(": ").append(value).append('\n');
        }
    }
}
