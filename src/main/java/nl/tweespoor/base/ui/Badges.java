package nl.tweespoor.base.ui;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels (stage, track) whose text always says what the colour means. */
public final class Badges {

    private Badges() {
    }

    public static Span of(String text, String tone) {
        var badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone);
        return badge;
    }
}
