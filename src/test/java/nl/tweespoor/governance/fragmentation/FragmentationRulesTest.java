package nl.tweespoor.governance.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.Track;
import org.junit.jupiter.api.Test;

/** PRODUCT.md §4: two or more departments with active items on the same tool/vendor or use-case category. */
class FragmentationRulesTest {

    private static final long HR = 1;
    private static final long FINANCE = 2;
    private static final long IT = 3;

    private final List<CandidateItem> items = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();

    @Test
    void the_same_tool_in_two_departments_is_a_group_with_both_items_and_their_budget() {
        experiment(1, HR, "Microsoft Copilot", "Schrijfhulp", 1000);
        programme(2, FINANCE, "Microsoft Copilot", "Prognoses", "PILOT", 2500);

        var groups = groups();

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.key()).isEqualTo("TOOL:microsoft copilot");
            assertThat(group.kind()).isEqualTo(GroupKind.TOOL);
            assertThat(group.label()).isEqualTo("Microsoft Copilot");
            assertThat(group.departments()).containsExactly("Finance", "HR");
            assertThat(group.items()).extracting(GroupItem::id).containsExactly(2L, 1L);
            assertThat(group.totalPlanned()).isEqualByComparingTo("3500");
            assertThat(group.note()).isNull();
        });
    }

    @Test
    void the_same_use_case_category_with_different_tools_is_a_group() {
        experiment(1, HR, "Zendesk AI", "Chatbot", 0);
        experiment(2, FINANCE, "Intercom Fin", "chatbot ", 0);
        experiment(3, IT, "Copilot Studio", "Chatbot", 0);

        assertThat(groups()).singleElement().satisfies(group -> {
            assertThat(group.key()).isEqualTo("USE:chatbot");
            assertThat(group.kind()).isEqualTo(GroupKind.USE_CASE);
            assertThat(group.label()).as("the spelling most items use").isEqualTo("Chatbot");
            assertThat(group.departments()).hasSize(3);
        });
    }

    @Test
    void tool_names_match_regardless_of_case_and_spaces() {
        experiment(1, HR, "  microsoft   COPILOT ", "A", 0);
        experiment(2, FINANCE, "Microsoft Copilot", "B", 0);

        assertThat(groups()).extracting(FragmentationGroup::key).containsExactly("TOOL:microsoft copilot");
        assertThat(FragmentationRules.normalise(" Azure\tOpenAI  ")).isEqualTo("azure openai");
    }

    @Test
    void items_of_one_department_never_make_a_group_on_their_own() {
        experiment(1, HR, "ChatGPT", "Schrijfhulp", 0);
        experiment(2, HR, "ChatGPT", "Schrijfhulp", 0);
        programme(3, HR, "chatgpt", "Schrijfhulp", "RUN", 0);

        assertThat(groups()).isEmpty();
    }

    @Test
    void inactive_items_are_ignored() {
        experiment(1, HR, "Claude", "Samenvatten", 0);
        item(2, FINANCE, Track.PERSONAL, "PROPOSED", "Claude", "Samenvatten");
        item(3, FINANCE, Track.PERSONAL, "CONCLUDED", "Claude", "Samenvatten");
        item(4, IT, Track.STRATEGIC, "IDEA", "Claude", "Samenvatten");
        item(5, IT, Track.STRATEGIC, "STOPPED", "Claude", "Samenvatten");
        item(6, IT, Track.STRATEGIC, "COMPLETED", "Claude", "Samenvatten");

        assertThat(groups()).isEmpty();

        programme(7, IT, "Claude", "Anders", "DISCOVERY", 0);
        assertThat(groups()).extracting(FragmentationGroup::key).containsExactly("TOOL:claude");
    }

    @Test
    void items_without_tool_or_use_case_are_not_grouped_by_it() {
        experiment(1, HR, null, " ", 0);
        experiment(2, FINANCE, "", null, 0);

        assertThat(groups()).isEmpty();
    }

    @Test
    void a_principle_one_item_meets_and_another_fails_is_a_difference() {
        experiment(1, HR, "Zendesk AI", "Chatbot", 0);
        experiment(2, FINANCE, "Intercom Fin", "Chatbot", 0);
        experiment(3, IT, "Copilot Studio", "Chatbot", 0);
        assess(1, "DATA-1", "MEETS");
        assess(2, "DATA-1", "GAP");
        assess(3, "DATA-1", "MEETS");
        assess(1, "HUM-1", "MEETS");
        assess(2, "HUM-1", "NOT_APPLICABLE");
        assess(3, "HUM-1", "GAP");

        var group = groups().getFirst();

        assertThat(group.assessesDifferently()).isTrue();
        assertThat(group.differences()).extracting(PrincipleDifference::code).containsExactly("DATA-1", "HUM-1");
        var data = group.differences().getFirst();
        assertThat(data.title()).isEqualTo("Titel DATA-1");
        assertThat(data.meets()).extracting(GroupItem::id).containsExactlyInAnyOrder(1L, 3L);
        assertThat(data.gaps()).extracting(GroupItem::id).containsExactly(2L);
        var human = group.differences().getLast();
        assertThat(human.meets()).extracting(GroupItem::id).containsExactly(1L);
        assertThat(human.gaps()).extracting(GroupItem::id).containsExactly(3L);
    }

    @Test
    void no_difference_when_all_agree_or_the_other_says_not_applicable() {
        experiment(1, HR, "Zendesk AI", "Chatbot", 0);
        experiment(2, FINANCE, "Intercom Fin", "Chatbot", 0);
        assess(1, "DATA-1", "MEETS");
        assess(2, "DATA-1", "MEETS");
        assess(1, "ETH-1", "GAP");
        assess(2, "ETH-1", "GAP");
        assess(1, "HUM-1", "MEETS");
        assess(2, "HUM-1", "NOT_APPLICABLE");
        assess(1, "SEC-1", "GAP");

        var group = groups().getFirst();

        assertThat(group.differences()).isEmpty();
        assertThat(group.assessesDifferently()).isFalse();
    }

    @Test
    void a_difference_counts_only_within_a_group_not_with_items_outside_it() {
        experiment(1, HR, "Zendesk AI", "Chatbot", 0);
        experiment(2, FINANCE, "Intercom Fin", "Chatbot", 0);
        experiment(3, IT, "Other", "Other", 0);
        assess(1, "DATA-1", "MEETS");
        assess(3, "DATA-1", "GAP");

        assertThat(groups()).singleElement().satisfies(group -> assertThat(group.differences()).isEmpty());
    }

    @Test
    void open_groups_come_before_groups_with_a_note_and_carry_their_note() {
        experiment(1, HR, "Zendesk AI", "Chatbot", 0);
        experiment(2, FINANCE, "Zendesk AI", "Chatbot", 0);
        var note = new FragmentationNote(9, Resolution.ACCEPTED, "Bewust", "Leider", OffsetDateTime.now(), 1);

        var groups = FragmentationRules.groups(items, assessments, Map.of("TOOL:zendesk ai", note));

        assertThat(groups).extracting(FragmentationGroup::key).containsExactly("USE:chatbot", "TOOL:zendesk ai");
        assertThat(groups.getLast().note()).isEqualTo(note);
        assertThat(groups.getLast().accepted()).isTrue();
        assertThat(groups.getFirst().accepted()).isFalse();
    }

    private List<FragmentationGroup> groups() {
        return FragmentationRules.groups(items, assessments, Map.of());
    }

    private void experiment(long id, long department, String tool, String useCase, long planned) {
        add(id, department, Track.PERSONAL, "RUNNING", tool, useCase, planned);
    }

    private void programme(long id, long department, String tool, String useCase, String stage, long planned) {
        add(id, department, Track.STRATEGIC, stage, tool, useCase, planned);
    }

    private void item(long id, long department, Track track, String stage, String tool, String useCase) {
        add(id, department, track, stage, tool, useCase, 0);
    }

    private void add(long id, long department, Track track, String stage, String tool, String useCase, long planned) {
        var name = department == HR ? "HR" : department == FINANCE ? "Finance" : "IT";
        items.add(new CandidateItem(new GroupItem(id, "Item " + id, track, stage, name, "Eigenaar",
                BigDecimal.valueOf(planned)), department, tool, useCase));
    }

    private void assess(long item, String principle, String result) {
        assessments.add(new Assessment(item, principle, "Titel " + principle, result));
    }
}
