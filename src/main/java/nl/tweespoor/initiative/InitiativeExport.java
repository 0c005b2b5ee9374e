package nl.tweespoor.initiative;

import static nl.tweespoor.export.Column.date;
import static nl.tweespoor.export.Column.decimal;
import static nl.tweespoor.export.Column.eur;
import static nl.tweespoor.export.Column.integer;
import static nl.tweespoor.export.Column.label;
import static nl.tweespoor.export.Column.percent;
import static nl.tweespoor.export.Column.text;

import java.util.ArrayList;
import nl.tweespoor.base.Track;
import nl.tweespoor.export.Column;
import nl.tweespoor.export.Layout;

/**
 * The columns of the experiments and programmes exports. The id comes first and stays first, so a later import can
 * match rows to items; the other columns are the form's fields, names standing in for the ids they refer to.
 */
final class InitiativeExport {

    private InitiativeExport() {}

    static Layout<ExportedItem> layout(Track track) {
        var columns = new ArrayList<Column<ExportedItem>>();
        columns.add(integer("field.id", ExportedItem::id));
        columns.add(text("field.title", ExportedItem::title));
        columns.add(text("field.department", ExportedItem::department));
        columns.add(label("field.stage", item -> "stage." + item.stage().name()));
        columns.add(text(track == Track.STRATEGIC ? "field.programme-manager" : "field.owner", ExportedItem::owner));
        columns.add(text("field.start-quarter", ExportedItem::startQuarter));
        columns.add(text("field.end-quarter", ExportedItem::endQuarter));
        columns.add(label("field.layer", item -> "layer." + item.layer().name()));
        columns.add(
                label("field.ambition", item -> "ambition." + item.ambition().name()));
        columns.add(text("field.goal", ExportedItem::goal));
        if (track == Track.PERSONAL) {
            columns.add(text("field.explores-programme", ExportedItem::exploresProgramme));
        }
        columns.add(text("field.journey", ExportedItem::journey));
        if (track == Track.STRATEGIC) {
            columns.add(text("field.sponsor", ExportedItem::sponsor));
        } else {
            columns.add(text("field.lead", ExportedItem::lead));
            columns.add(integer("field.participants", ExportedItem::participants));
        }
        // A programme promoted from an experiment keeps its tool, use case and hypothesis: the import reads them back.
        columns.add(text("field.tool", ExportedItem::tool));
        columns.add(text("field.use-case", ExportedItem::useCase));
        columns.add(eur("field.cost", ExportedItem::cost));
        if (track == Track.PERSONAL) {
            columns.add(decimal("field.hours-saved", ExportedItem::hoursSaved));
            columns.add(percent("field.adoption", ExportedItem::adoption));
            columns.add(decimal("field.satisfaction", ExportedItem::satisfaction));
        }
        columns.add(text("field.hypothesis", ExportedItem::hypothesis));
        if (track == Track.PERSONAL) {
            columns.add(text("field.learnings", ExportedItem::learnings));
        }
        columns.add(text("field.description", ExportedItem::description));
        columns.add(date("field.updated", ExportedItem::updatedAt));
        return new Layout<>(track == Track.STRATEGIC ? "menu.programmes" : "menu.experiments", columns);
    }

    /** The list's name in file names and the audit log. */
    static String list(Track track) {
        return track == Track.STRATEGIC ? "programmes" : "experiments";
    }
}
