package nl.tweespoor.governance.risk.ui;

import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.governance.risk.RiskClass;

/** Badges for the risk class and an open high risk; the text always names the class, the colour only adds to it. */
final class RiskBadges {

    private RiskBadges() {}

    static Span riskClass(RiskClass riskClass, Function<String, String> translate) {
        var tone = switch (riskClass) {
            case MINIMAL -> "strong";
            case LIMITED -> "active";
            case HIGH -> "rag-amber";
            case PROHIBITED -> "stopped";
        };
        var badge = Badges.of(translate.apply("risk.class." + riskClass.name()), tone);
        badge.getElement().setAttribute("title", translate.apply("risk.class.label"));
        return badge;
    }

    static Span openHigh(Function<String, String> translate) {
        return Badges.of(translate.apply("risk.open-high"), "stopped");
    }

    static Span breach(Function<String, String> translate) {
        return Badges.of(translate.apply("risk.portfolio.breach"), "stopped");
    }
}
