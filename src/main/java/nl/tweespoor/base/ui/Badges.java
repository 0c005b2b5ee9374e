package nl.tweespoor.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Small coloured labels (stage, track) whose text always says what the colour means. */
public final class Badges {

    private Badges() {
    }

    /** A badge's text and tone, as data (a grid's Lit renderer draws it in the browser). */
    public record Badge(String text, String tone) {

        Map<String, String> asProperty() {
            return Map.of("text", text, "tone", "badge-" + tone);
        }
    }

    public static Span of(String text, String tone) {
        var badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone);
        return badge;
    }

    /**
     * A grid column's badges, drawn by the browser from a row's data: a page of rows then costs its data, not a
     * component per cell (a grid of flagged items built thousands of server-side components per page).
     */
    public static <T> LitRenderer<T> renderer(Function<T, List<Badge>> badgesOf) {
        return LitRenderer.<T>of("<div class=\"badge-row\">${item.badges.map(b => "
                        + "html`<span class=\"badge ${b.tone}\">${b.text}</span>`)}</div>")
                .withProperty("badges", row -> badgesOf.apply(row).stream().map(Badge::asProperty).toList());
    }
}
