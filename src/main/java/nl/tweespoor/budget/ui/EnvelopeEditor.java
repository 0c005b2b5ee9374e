package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.function.Consumer;
import nl.tweespoor.base.Track;
import nl.tweespoor.budget.BudgetOverview;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.Rollup;

/** For leaders: each track's envelope of the year, saved one track at a time against the version shown. */
class EnvelopeEditor extends HorizontalLayout {

    /**
     * @param save runs a change and shows the page afresh when it succeeds
     */
    EnvelopeEditor(BudgetService service, BudgetOverview overview, Consumer<Runnable> save) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        for (var track : Track.values()) {
            var current = overview.tracks().stream()
                    .filter(r -> r.key().equals(track.name()))
                    .findFirst()
                    .map(Rollup::envelope)
                    .orElse(BigDecimal.ZERO);
            var field =
                    new BigDecimalField(getTranslation("budget.envelope-of", getTranslation("track." + track.name())));
            field.setValue(current);
            field.setPrefixComponent(new Span("€"));
            field.setId("envelope-" + track.name().toLowerCase());
            int version = overview.totals().envelopeVersion(track);
            var button = new Button(
                    getTranslation("action.save"),
                    e -> save.accept(() -> service.setEnvelope(track, overview.year(), field.getValue(), version)));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(field, button);
        }
    }
}
