package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.export.Column.integer;
import static nl.tweespoor.export.Column.label;
import static nl.tweespoor.export.Column.text;

import nl.tweespoor.export.Layout;
import org.jspecify.annotations.Nullable;

/**
 * The fragmentation radar as a spreadsheet: one row per member of a group, with the group's kind, key, label, size
 * and departments beside the item's own id, title, department, owner and the leaders' resolution of the group.
 */
final class FragmentationExport {

    /** One member of one group; {@code resolution} null while the group is open. */
    record MemberRow(
            GroupKind kind,
            String groupKey,
            String groupLabel,
            int groupSize,
            String departments,
            long itemId,
            String title,
            String department,
            String owner,
            @Nullable String resolution) {}

    static final Layout<MemberRow> LAYOUT = Layout.of(
            "fragmentation.export.sheet",
            label(
                    "fragmentation.export.kind",
                    row -> "fragmentation.kind." + row.kind().name()),
            text("fragmentation.export.key", MemberRow::groupKey),
            text("fragmentation.export.label", MemberRow::groupLabel),
            integer("fragmentation.export.size", MemberRow::groupSize),
            text("fragmentation.departments", MemberRow::departments),
            integer("review.item-id", MemberRow::itemId),
            text("field.title", MemberRow::title),
            text("field.department", MemberRow::department),
            text("field.owner", MemberRow::owner),
            label(
                    "fragmentation.field.resolution",
                    row -> "fragmentation.status." + (row.resolution() == null ? "open" : row.resolution())));

    private FragmentationExport() {}
}
