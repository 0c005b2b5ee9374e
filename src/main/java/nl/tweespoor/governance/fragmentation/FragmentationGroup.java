package nl.tweespoor.governance.fragmentation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Active items of two or more departments that use the same tool or serve the same use-case category, with the
 * principles they assess differently and the leaders' note, if any. {@code items} holds the first few by department
 * and title; {@code itemCount} and {@code totalPlanned} cover every item of the group.
 */
public record FragmentationGroup(
        String key,
        GroupKind kind,
        String label,
        List<String> departments,
        List<GroupItem> items,
        int itemCount,
        BigDecimal totalPlanned,
        List<PrincipleDifference> differences,
        @Nullable FragmentationNote note) {

    public FragmentationGroup {
        departments = List.copyOf(departments);
        items = List.copyOf(items);
        differences = List.copyOf(differences);
    }

    /** Items of the group not in {@link #items()}. */
    public int moreItems() {
        return itemCount - items.size();
    }

    public boolean accepted() {
        return note != null && note.resolution() == Resolution.ACCEPTED;
    }

    public boolean assessesDifferently() {
        return !differences.isEmpty();
    }
}
