package nl.tweespoor.journey;

import java.util.ArrayList;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** The journey an item names, with its intent and signals: the item's journey evidence in a review. */
public record ItemJourney(
        long itemId,
        String title,
        JourneyIntent intent,
        @Nullable Integer redesignBy,
        Set<JourneySignal> signals) {

    /**
     * One line for the evidence on screen and in the board pack: the journey, its intent and any signal, e.g.
     * "Autoverzekering · Redesign by 2028 · Redesign promised, nothing funded".
     */
    public String describe(BiFunction<String, Object[], String> translate) {
        var parts = new ArrayList<String>();
        parts.add(title);
        parts.add(
                intent == JourneyIntent.REDESIGN && redesignBy != null
                        ? translate.apply("journey.intent-by", new Object[] {String.valueOf(redesignBy)})
                        : translate.apply("journey.intent." + intent, new Object[0]));
        signals.stream()
                .sorted()
                .forEach(signal -> parts.add(translate.apply("journey.signal." + signal, new Object[0])));
        return String.join(" · ", parts);
    }
}
