package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.stage.Stage;

/** A stage as a badge: text for meaning, colour as a help. */
final class StageBadge {

    private StageBadge() {}

    static Span of(Stage stage, Function<String, String> translate) {
        var badge = badge(stage, translate);
        return Badges.of(badge.text(), badge.tone());
    }

    static Badges.Badge badge(Stage stage, Function<String, String> translate) {
        var tone = switch (stage) {
            case PROPOSED, IDEA -> "neutral";
            case RUNNING, DISCOVERY, PILOT -> "active";
            case SCALE, RUN -> "strong";
            case CONCLUDED, COMPLETED, PROMOTED -> "done";
            case STOPPED -> "stopped";
        };
        return new Badges.Badge(translate.apply("stage." + stage.name()), tone);
    }
}
