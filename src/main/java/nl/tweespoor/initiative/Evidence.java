package nl.tweespoor.initiative;

import nl.tweespoor.db.tables.records.InitiativeRecord;

/** The evidence an experiment hands to the programme it is promoted into: its outcomes and learnings. */
final class Evidence {

    private Evidence() {}

    static String of(InitiativeRecord experiment) {
        var text = new StringBuilder("Evidence from the experiment / bewijs uit het experiment:\n");
        append(text, "Hours saved per week / uren bespaard per week", experiment.getHoursSavedPerWeek());
        append(text, "Adoption % / adoptie %", experiment.getAdoptionPct());
        append(text, "Satisfaction / tevredenheid (1-5)", experiment.getSatisfaction());
        append(text, "Participants / deelnemers", experiment.getParticipants());
        if (experiment.getLearnings() != null) {
            text.append("\n").append(experiment.getLearnings());
        }
        var result = text.toString();
        int max = InitiativeDraft.MAX_DESCRIPTION;
        if (result.codePointCount(0, result.length()) <= max) {
            return result;
        }
        // Cut by characters (as the column counts them), never through the middle of an emoji.
        return result.substring(0, result.offsetByCodePoints(0, max - 3)) + "...";
    }

    private static void append(StringBuilder text, String label, Object value) {
        if (value != null) {
            text.append("- ").append(label).append(": ").append(value).append('\n');
        }
    }
}
