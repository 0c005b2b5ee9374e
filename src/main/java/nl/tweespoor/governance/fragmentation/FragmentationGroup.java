package nl.tweespoor.governance.fragmentation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Active items of two or more departments that use the same tool or serve the same use-case category, with the
 * principles they assess differently and the leaders' note, if any.
 */
public record FragmentationGroup(String key, GroupKind kind, String label, List<String> departments,
        List<GroupItem> items, List<PrincipleDifference> differences, FragmentationNote note) {

    public FragmentationGroup {
        departments = List.copyOf(departments);
        items = List.copyOf(items);
        differences = List.copyOf(differences);
    }

    public BigDecimal totalPlanned() {
        return items.stream().map(GroupItem::plannedThisYear).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean accepted() {
        return note != null && note.resolution() == Resolution.ACCEPTED;
    }

    public boolean assessesDifferently() {
        return !differences.isEmpty();
    }
}
