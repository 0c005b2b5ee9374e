package nl.tweespoor.governance.fragmentation;

import static java.util.stream.Collectors.groupingBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tweespoor.base.ActiveStages;

/**
 * PRODUCT.md §4: fragmentation is two or more departments with active items on the same tool/vendor or use-case
 * category. Plain Java so the rule can be tested without a database.
 */
final class FragmentationRules {

    private static final Comparator<FragmentationGroup> OPEN_FIRST_THEN_WIDEST = Comparator
            .comparing((FragmentationGroup g) -> g.note() != null)
            .thenComparing(g -> -g.departments().size())
            .thenComparing(FragmentationGroup::kind)
            .thenComparing(FragmentationGroup::key);

    private FragmentationRules() {
    }

    /** Trimmed, lower case, inner spaces collapsed: "  Microsoft  COPILOT " and "microsoft copilot" are one tool. */
    static String normalise(String value) {
        return value == null ? "" : value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static List<FragmentationGroup> groups(List<CandidateItem> candidates, List<Assessment> assessments,
            Map<String, FragmentationNote> notes) {
        var active = candidates.stream().filter(c -> ActiveStages.isActive(c.item().stage())).toList();
        var byItem = assessments.stream().collect(groupingBy(Assessment::initiativeId));
        var groups = new ArrayList<FragmentationGroup>();
        groups.addAll(groupsBy(GroupKind.TOOL, CandidateItem::toolVendor, active, byItem, notes));
        groups.addAll(groupsBy(GroupKind.USE_CASE, CandidateItem::useCaseCategory, active, byItem, notes));
        groups.sort(OPEN_FIRST_THEN_WIDEST);
        return groups;
    }

    private static List<FragmentationGroup> groupsBy(GroupKind kind, Function<CandidateItem, String> shared,
            List<CandidateItem> active, Map<Long, List<Assessment>> assessments, Map<String, FragmentationNote> notes) {
        var byValue = active.stream()
                .filter(c -> !normalise(shared.apply(c)).isEmpty())
                .collect(groupingBy(c -> normalise(shared.apply(c)), TreeMap::new, Collectors.toList()));
        var groups = new ArrayList<FragmentationGroup>();
        byValue.forEach((value, members) -> {
            if (members.stream().map(CandidateItem::departmentId).distinct().count() < 2) {
                return;
            }
            var items = members.stream().map(CandidateItem::item)
                    .sorted(Comparator.comparing(GroupItem::department).thenComparing(GroupItem::title)).toList();
            var departments = items.stream().map(GroupItem::department).distinct().sorted().toList();
            var key = kind.key(value);
            groups.add(new FragmentationGroup(key, kind, label(members, shared), departments, items,
                    differences(items, assessments), notes.get(key)));
        });
        return groups;
    }

    /** The spelling most items use, so the radar shows "Chatbot" rather than the key's "chatbot". */
    private static String label(List<CandidateItem> members, Function<CandidateItem, String> shared) {
        var counts = members.stream().map(c -> shared.apply(c).trim().replaceAll("\\s+", " "))
                .collect(groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** Principles where at least one item of the group says MEETS and another says GAP; NOT_APPLICABLE is neither. */
    private static List<PrincipleDifference> differences(List<GroupItem> items,
            Map<Long, List<Assessment>> assessments) {
        var byPrinciple = new TreeMap<String, Map<String, List<GroupItem>>>();
        var titles = new LinkedHashMap<String, String>();
        for (var item : items) {
            for (var assessment : assessments.getOrDefault(item.id(), List.of())) {
                titles.put(assessment.principleCode(), assessment.principleTitle());
                byPrinciple.computeIfAbsent(assessment.principleCode(), code -> new LinkedHashMap<>())
                        .computeIfAbsent(assessment.result(), result -> new ArrayList<>()).add(item);
            }
        }
        var differences = new ArrayList<PrincipleDifference>();
        byPrinciple.forEach((code, results) -> {
            var meets = results.getOrDefault("MEETS", List.of());
            var gaps = results.getOrDefault("GAP", List.of());
            if (!meets.isEmpty() && !gaps.isEmpty()) {
                differences.add(new PrincipleDifference(code, titles.get(code), meets, gaps));
            }
        });
        return differences;
    }
}
