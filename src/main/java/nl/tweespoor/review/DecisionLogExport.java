package nl.tweespoor.review;

import static nl.tweespoor.export.Column.dateTime;
import static nl.tweespoor.export.Column.eur;
import static nl.tweespoor.export.Column.integer;
import static nl.tweespoor.export.Column.label;
import static nl.tweespoor.export.Column.text;

import nl.tweespoor.export.Layout;

/** The decision log as a spreadsheet: the decision's id first, then what the board decided, why and by whom. */
final class DecisionLogExport {

    static final Layout<DecisionRow> LAYOUT = Layout.of(
            "review.log",
            integer("field.id", DecisionRow::id),
            text("review.quarter", DecisionRow::quarter),
            integer("review.item-id", DecisionRow::initiativeId),
            text("review.item", DecisionRow::itemTitle),
            label("budget.track", row -> "track." + row.track()),
            label("review.decision", row -> "decision." + row.decision().name()),
            text("field.reason", DecisionRow::reason),
            text("field.conditions", DecisionRow::conditions),
            text("field.learned", DecisionRow::learned),
            eur("pack.budget-released", DecisionRow::budgetReleased),
            text("review.decided-by", DecisionRow::decidedBy),
            dateTime("review.decided-at", DecisionRow::decidedAt));

    private DecisionLogExport() {}
}
