package nl.tweespoor.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.stream.Collectors;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.ItemPageSection;
import nl.tweespoor.review.AgendaItem;
import nl.tweespoor.review.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Every review decision on this item, newest quarter first, with its reason and, for reviews closed since evidence is
 * kept, the item's evidence as it stood at that closing.
 */
@Component
class ItemDecisionsSection implements ItemPageSection {

    private final DecisionService reviews;

    ItemDecisionsSection(DecisionService reviews) {
        this.reviews = reviews;
    }

    @Override
    public com.vaadin.flow.component.Component create(long initiativeId) {
        var ui = UI.getCurrent();
        var box = new Div(new H3(ui.getTranslation("review.decisions")));
        box.addClassName("status-panel");
        box.setId("item-decisions");
        var decisions = reviews.decisionsOf(initiativeId);
        if (decisions.isEmpty()) {
            box.add(new Paragraph(ui.getTranslation("review.no-decision")));
            return box;
        }
        var kept = reviews.evidenceAtClosing(initiativeId);
        var list = new UnorderedList();
        decisions.forEach(d -> {
            var line = new ListItem(d.quarter() + " · "
                    + ui.getTranslation("decision." + d.decision().name()) + " — " + d.reason()
                    + (d.conditions() == null
                            ? ""
                            : " (" + ui.getTranslation("field.conditions") + ": " + d.conditions() + ")"));
            var evidence = kept.get(d.reviewId());
            if (evidence != null) {
                var shown = new Paragraph(ui.getTranslation(
                        "evidence.item-line",
                        Formats.date(evidence.closedAt(), ui.getLocale()),
                        summary(ui, evidence.item())));
                shown.addClassName("evidence-at-closing");
                line.add(shown);
            }
            list.add(line);
        });
        box.add(list);
        return box;
    }

    /** The kept evidence in one line: RAG trend, the year's budget, flags and open high risks. */
    private static String summary(UI ui, AgendaItem item) {
        var parts = new ArrayList<String>();
        if (!item.ragTrend().isEmpty()) {
            parts.add(ui.getTranslation("review.rag-trend") + " "
                    + item.ragTrend().stream()
                            .map(r -> ui.getTranslation("rag." + r))
                            .collect(Collectors.joining(" ← ")));
        }
        parts.add(ui.getTranslation("review.budget-year") + " "
                + ui.getTranslation(
                        "pack.actual-planned",
                        Formats.euros(item.actualYear(), ui.getLocale()),
                        Formats.euros(item.plannedYear(), ui.getLocale())));
        if (item.flagged()) {
            parts.add(item.signals().flags().stream()
                    .sorted()
                    .map(f -> ui.getTranslation("flag." + f.name()))
                    .collect(Collectors.joining(", ")));
        }
        if (!item.openHighRisks().isEmpty()) {
            parts.add(ui.getTranslation("risk.agenda.open-high") + " "
                    + item.openHighRisks().size());
        }
        return String.join(" · ", parts);
    }
}
