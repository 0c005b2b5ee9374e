package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.journey.JourneyService;

/**
 * Which journeys the money and the intent part ways on: redesigns promised but not funded, exhausted journeys still
 * being polished. Counts per signal, then the first few journeys flagged, each linking to the journey map.
 */
class JourneyCard extends Card {

    /** How many flagged journeys the card names; the counts cover all of them. */
    static final int SHOWN = 5;

    JourneyCard(JourneyService journeys) {
        super("journey.card", "card-journeys");
        var counts = journeys.signalCounts();
        if (counts.total() == 0) {
            add(new Paragraph(getTranslation("journey.card-none")));
            return;
        }
        var list = countList();
        list.add(countLine(getTranslation("journey.signal.REDESIGN_UNFUNDED"), counts.redesignUnfunded(), "journeys"));
        list.add(
                countLine(getTranslation("journey.signal.EXHAUSTED_POLISHED"), counts.exhaustedPolished(), "journeys"));
        add(list);
        var flagged = new UnorderedList();
        flagged.addClassName("journey-flags");
        for (var journey : journeys.flagged(SHOWN)) {
            var line = new ListItem(new Anchor("journeys", journey.title()));
            journey.signals().stream()
                    .sorted()
                    .forEach(signal ->
                            line.add(new Span(" "), Badges.of(getTranslation("journey.signal." + signal), "flag")));
            flagged.add(line);
        }
        add(flagged);
    }
}
