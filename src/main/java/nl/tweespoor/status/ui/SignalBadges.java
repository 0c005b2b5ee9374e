package nl.tweespoor.status.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.base.ui.Badges.Badge;
import nl.tweespoor.status.Flag;
import nl.tweespoor.status.ItemSignals;
import nl.tweespoor.status.Rag;

/** The latest RAG and the flags of an item as badges; the text says what the colour means. */
public final class SignalBadges {

    private SignalBadges() {}

    public static HorizontalLayout of(ItemSignals signals, BiFunction<String, Object[], String> translate) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        // The same wrapping row as the grids' badges (Badges.renderer), from the style sheet.
        row.addClassName("badge-row");
        badges(signals, translate).forEach(badge -> row.add(Badges.of(badge.text(), badge.tone())));
        return row;
    }

    /** The same badges in a grid column, drawn by the browser (see {@link Badges#renderer}). */
    public static <T> LitRenderer<T> renderer(
            Function<T, ItemSignals> signalsOf, BiFunction<String, Object[], String> translate) {
        return Badges.renderer(row -> badges(signalsOf.apply(row), translate));
    }

    public static Span rag(Rag rag, BiFunction<String, Object[], String> translate) {
        return Badges.of(
                translate.apply("rag." + rag, new Object[0]),
                "rag-" + rag.name().toLowerCase());
    }

    private static List<Badge> badges(ItemSignals signals, BiFunction<String, Object[], String> translate) {
        var badges = new ArrayList<Badge>();
        if (signals == null) {
            return badges;
        }
        if (signals.lastRag() != null) {
            badges.add(new Badge(
                    translate.apply("rag." + signals.lastRag(), new Object[0]),
                    "rag-" + signals.lastRag().name().toLowerCase()));
        }
        // The RAG badge already says "red"; the RED flag would only repeat it.
        signals.flags().stream()
                .filter(flag -> flag != Flag.RED || signals.lastRag() == null)
                .forEach(flag -> badges.add(new Badge(translate.apply("flag." + flag.name(), new Object[0]), "flag")));
        return badges;
    }
}
