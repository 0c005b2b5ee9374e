package nl.tweespoor.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import nl.tweespoor.base.ui.Badges.Badge;
import org.jspecify.annotations.Nullable;

/**
 * Grid cells the browser draws from a row's data (Lit renderers): links, a badge, buttons. A component column builds a
 * server-side component for every cell of every page the grid sends, and each costs the server its state and the
 * response its JSON; these cost the row's few values.
 */
public final class Cells {

    private Cells() {}

    /** A link to a page of the app, its text the row's title. */
    public static <T> LitRenderer<T> link(ValueProvider<T, String> href, ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<a href=\"${item.href}\">${item.text}</a>")
                .withProperty("href", href)
                .withProperty("text", text);
    }

    /** One badge, or an empty cell where the row has none. */
    public static <T> LitRenderer<T> badge(SerializableFunction<T, @Nullable Badge> badgeOf) {
        return LitRenderer.<T>of("<span class=\"badge ${item.tone}\" ?hidden=\"${!item.text}\">${item.text}</span>")
                .withProperty("text", row -> {
                    var badge = badgeOf.apply(row);
                    return badge == null ? "" : badge.text();
                })
                .withProperty("tone", row -> {
                    var badge = badgeOf.apply(row);
                    return badge == null ? "" : "badge-" + badge.tone();
                });
    }

    /** A small icon-only edit button; its accessible name says which row it edits. */
    public static <T> LitRenderer<T> editButton(ValueProvider<T, String> ariaLabel, SerializableConsumer<T> onClick) {
        return LitRenderer.<T>of("<vaadin-button theme=\"tertiary-inline\" aria-label=\"${item.label}\""
                        + " @click=\"${edit}\"><vaadin-icon icon=\"vaadin:edit\"></vaadin-icon></vaadin-button>")
                .withProperty("label", ariaLabel)
                .withFunction("edit", onClick);
    }

    /** A small button with a text, the same on every row, and an id per row (tests and shortcuts find it). */
    public static <T> LitRenderer<T> smallButton(
            String text, ValueProvider<T, String> id, SerializableConsumer<T> onClick) {
        // the text is the same on every row: part of the template, not of each row's data
        return LitRenderer.<T>of("<vaadin-button theme=\"small\" id=\"${item.id}\" @click=\"${press}\">" + escaped(text)
                        + "</vaadin-button>")
                .withProperty("id", id)
                .withFunction("press", onClick);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("$", "&#36;");
    }
}
