package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.budget.BudgetOverview;
import nl.tweespoor.budget.Rollup;

/** Personal versus strategic: each track's share of the planned budget against its share of the envelopes. */
class TrackSplit extends Paragraph {

    TrackSplit(BudgetOverview overview) {
        var planned = overview.tracks().stream().map(Rollup::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        var envelopes = overview.tracks().stream().map(Rollup::envelope).reduce(BigDecimal.ZERO, BigDecimal::add);
        var parts = overview.tracks().stream()
                .map(track -> getTranslation(
                        "budget.split",
                        getTranslation("track." + track.key()),
                        percent(track.planned(), planned),
                        // a track's rollup always carries its envelope (zero when none is set)
                        percent(Objects.requireNonNull(track.envelope()), envelopes)))
                .toList();
        setText(String.join(" · ", parts));
        setId("track-split");
    }

    private String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0";
        }
        return Formats.number(
                part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP), getLocale());
    }
}
