package nl.tweespoor.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Small coloured labels (stage, track) whose text always says what the colour means. */
public final class Badges {

    private Badges() {}

    /** A badge's text and tone, as data (a grid's Lit renderer draws it in the browser). */
    public record Badge(String text, String tone) {}

    /** The most badges a cell shows: the latest RAG and every flag fit. */
    static final int MAX_IN_CELL = 8;

    public static Span of(String text, String tone) {
        var badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone);
        return badge;
    }

    /**
     * A grid column's badges, drawn by the browser from a row's data: a page of rows then costs its data, not a
     * component per cell (a grid of flagged items built thousands of server-side components per page). The template
     * has a fixed number of slots with plain text and class bindings; an unused slot stays hidden.
     */
    public static <T> LitRenderer<T> renderer(Function<T, List<Badge>> badgesOf) {
        var template = new StringBuilder("<div class=\"badge-row\">");
        for (int i = 0; i < MAX_IN_CELL; i++) {
            template.append("<span class=\"badge ${item.tone")
                    .append(i)
                    .append("}\" ?hidden=\"${!item.text")
                    .append(i)
                    .append("}\">${item.text")
                    .append(i)
                    .append("}</span>");
        }
        LitRenderer<T> renderer = LitRenderer.of(template.append("</div>").toString());
        var rows = new LastRow<>(badgesOf);
        for (int i = 0; i < MAX_IN_CELL; i++) {
            int slot = i;
            renderer.withProperty(
                            "text" + slot,
                            row -> rows.slot(row, slot).map(Badge::text).orElse(""))
                    .withProperty(
                            "tone" + slot,
                            row -> rows.slot(row, slot)
                                    .map(badge -> "badge-" + badge.tone())
                                    .orElse(""));
        }
        return renderer;
    }

    /** The badges of the row being written: the grid asks for each slot of a row in turn, so work them out once. */
    private static final class LastRow<T> implements Serializable {

        private final Function<T, List<Badge>> badgesOf;
        private transient @Nullable T row;
        private transient @Nullable List<Badge> badges;

        LastRow(Function<T, List<Badge>> badgesOf) {
            this.badgesOf = badgesOf;
        }

        Optional<Badge> slot(T of, int slot) {
            if (of != row || badges == null) {
                badges = badgesOf.apply(of);
                row = of;
            }
            return slot < badges.size() ? Optional.of(badges.get(slot)) : Optional.empty();
        }
    }
}
