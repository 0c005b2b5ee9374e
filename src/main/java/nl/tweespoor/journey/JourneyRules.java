package nl.tweespoor.journey;

import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.validation.Drafts;
import org.jspecify.annotations.Nullable;

/** What makes a journey draft valid, as plain Java: the service checks it whatever the form already did. */
final class JourneyRules {

    private JourneyRules() {}

    /**
     * The draft as stored: title trimmed and required, kind and intent required, a blank description as none, and the
     * redesign year required for REDESIGN and dropped for the other intents.
     */
    static ValidJourney valid(JourneyDraft draft) {
        var title = draft.title();
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("validation.title-required");
        }
        var kind = draft.kind();
        if (kind == null) {
            throw new InvalidInputException("journey.kind-required");
        }
        var intent = draft.intent();
        if (intent == null) {
            throw new InvalidInputException("journey.intent-required");
        }
        Drafts.check(draft);
        var redesignBy = intent == JourneyIntent.REDESIGN ? draft.redesignBy() : null;
        if (intent == JourneyIntent.REDESIGN && redesignBy == null) {
            throw new InvalidInputException("journey.redesign-by-required");
        }
        return new ValidJourney(
                title.trim(), kind, draft.ownerId(), blankAsNone(draft.description()), intent, redesignBy);
    }

    private static @Nullable String blankAsNone(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
