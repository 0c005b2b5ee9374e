package nl.tweespoor.status.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.BiFunction;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.status.Flag;
import nl.tweespoor.status.ItemSignals;

/** The latest RAG and the flags of an item as badges; the text says what the colour means. */
public final class SignalBadges {

    private SignalBadges() {
    }

    public static HorizontalLayout of(ItemSignals signals, BiFunction<String, Object[], String> translate) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        row.getStyle().set("gap", "0.25rem").set("flex-wrap", "wrap");
        if (signals == null) {
            return row;
        }
        if (signals.lastRag() != null) {
            row.add(rag(signals.lastRag(), translate));
        }
        // The RAG badge already says "red"; the RED flag would only repeat it.
        signals.flags().stream().filter(flag -> flag != Flag.RED || signals.lastRag() == null)
                .forEach(flag -> row.add(Badges.of(translate.apply("flag." + flag.name(), new Object[0]), "flag")));
        return row;
    }

    public static Span rag(String rag, BiFunction<String, Object[], String> translate) {
        return Badges.of(translate.apply("rag." + rag, new Object[0]), "rag-" + rag.toLowerCase());
    }
}
