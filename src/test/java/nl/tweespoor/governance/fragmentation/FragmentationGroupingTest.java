package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.DemoRows;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRODUCT.md §4, computed in SQL: two or more departments with active items on the same tool/vendor or use-case
 * category. Each test adds its own items with tools and use cases no demo item has ("Testtool …", "Testgebruik …")
 * and looks only at those groups.
 */
@Transactional
@WithUserDetails("viewer")
class FragmentationGroupingTest extends DatabaseTest {

    @Autowired
    FragmentationService service;

    @Autowired
    DSLContext db;

    private long hr;
    private long finance;
    private long it;
    private long owner;

    @BeforeEach
    void departments() {
        hr = department("HR");
        finance = department("Finance");
        it = department("IT");
        owner = db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("manager"))
                .fetchSingle()
                .value1();
    }

    @Test
    void the_same_tool_in_two_departments_is_a_group_with_both_items_and_their_budget() {
        long first = experiment(hr, "Testtool Copilot", "Testgebruik schrijven", 1000);
        long second = programme(finance, "Testtool Copilot", "Testgebruik prognoses", Stage.PILOT, 2500);

        assertThat(groups()).singleElement().satisfies(group -> {
            assertThat(group.key()).isEqualTo("TOOL:testtool copilot");
            assertThat(group.kind()).isEqualTo(GroupKind.TOOL);
            assertThat(group.label()).isEqualTo("Testtool Copilot");
            assertThat(group.departments()).containsExactly("Finance", "HR");
            assertThat(group.items()).extracting(GroupItem::id).containsExactly(second, first);
            assertThat(group.items()).extracting(GroupItem::owner).containsOnly("Mark de Vries");
            assertThat(group.itemCount()).isEqualTo(2);
            assertThat(group.totalPlanned()).isEqualByComparingTo("3500");
            assertThat(group.note()).isNull();
        });
    }

    @Test
    void the_same_use_case_category_with_different_tools_is_a_group_spelled_as_most_items_spell_it() {
        experiment(hr, "Testtool A", "Testgebruik Chatbot", 0);
        experiment(finance, "Testtool B", "testgebruik   chatbot ", 0);
        experiment(it, "Testtool C", "Testgebruik Chatbot", 0);

        assertThat(groups()).singleElement().satisfies(group -> {
            assertThat(group.key()).isEqualTo("USE:testgebruik chatbot");
            assertThat(group.kind()).isEqualTo(GroupKind.USE_CASE);
            assertThat(group.label()).isEqualTo("Testgebruik Chatbot");
            assertThat(group.departments()).hasSize(3);
        });
    }

    @Test
    void tool_names_match_regardless_of_case_tabs_and_spaces() {
        experiment(hr, "  testtool   COPILOT ", "Testgebruik A", 0);
        experiment(finance, "Testtool\tCopilot", "Testgebruik B", 0);

        assertThat(groups()).extracting(FragmentationGroup::key).containsExactly("TOOL:testtool copilot");
    }

    @Test
    void items_of_one_department_never_make_a_group_on_their_own() {
        experiment(hr, "Testtool GPT", "Testgebruik schrijven", 0);
        experiment(hr, "Testtool GPT", "Testgebruik schrijven", 0);
        programme(hr, "testtool gpt", "Testgebruik schrijven", Stage.RUN, 0);

        assertThat(groups()).isEmpty();
    }

    @Test
    void inactive_items_are_ignored_and_an_item_page_of_one_shows_no_group() {
        long running = experiment(hr, "Testtool Claude", "Testgebruik samenvatten", 0);
        long proposed = item(finance, Track.PERSONAL, Stage.PROPOSED, "Testtool Claude", "Testgebruik samenvatten");
        item(finance, Track.PERSONAL, Stage.CONCLUDED, "Testtool Claude", "Testgebruik samenvatten");
        item(it, Track.STRATEGIC, Stage.IDEA, "Testtool Claude", "Testgebruik samenvatten");
        item(it, Track.STRATEGIC, Stage.STOPPED, "Testtool Claude", "Testgebruik samenvatten");
        item(it, Track.STRATEGIC, Stage.COMPLETED, "Testtool Claude", "Testgebruik samenvatten");

        assertThat(groups()).isEmpty();
        assertThat(service.groupsOf(running)).isEmpty();

        programme(it, "Testtool Claude", "Testgebruik anders", Stage.DISCOVERY, 0);
        assertThat(groups()).extracting(FragmentationGroup::key).containsExactly("TOOL:testtool claude");
        assertThat(service.groupsOf(running))
                .extracting(FragmentationGroup::key)
                .containsExactly("TOOL:testtool claude");
        assertThat(service.groupsOf(proposed)).as("a proposal is in no group").isEmpty();
    }

    @Test
    void items_without_tool_or_use_case_are_not_grouped_by_it() {
        experiment(hr, null, " ", 0);
        experiment(finance, "", null, 0);

        assertThat(service.groups(true, 0, FragmentationService.MAX_PAGE))
                .extracting(FragmentationGroup::key)
                .noneMatch(key -> key.equals("TOOL:") || key.equals("USE:"));
    }

    @Test
    void a_principle_one_item_meets_and_another_fails_is_a_difference() {
        long first = experiment(hr, "Testtool A", "Testgebruik Chatbot", 0);
        long second = experiment(finance, "Testtool B", "Testgebruik Chatbot", 0);
        long third = experiment(it, "Testtool C", "Testgebruik Chatbot", 0);
        assess(first, "DATA-1", "MEETS");
        assess(second, "DATA-1", "GAP");
        assess(third, "DATA-1", "MEETS");
        assess(first, "HUM-1", "MEETS");
        assess(second, "HUM-1", "NOT_APPLICABLE");
        assess(third, "HUM-1", "GAP");

        var group = groups().getFirst();

        assertThat(group.assessesDifferently()).isTrue();
        assertThat(group.differences()).extracting(PrincipleDifference::code).containsExactly("DATA-1", "HUM-1");
        var data = group.differences().getFirst();
        assertThat(data.title()).isEqualTo("Klantdata blijft in de EU");
        assertThat(data.meets()).extracting(ItemRef::id).containsExactly(first, third);
        assertThat(data.meetsCount()).isEqualTo(2);
        assertThat(data.gaps()).extracting(ItemRef::id).containsExactly(second);
        var human = group.differences().getLast();
        assertThat(human.meets()).extracting(ItemRef::id).containsExactly(first);
        assertThat(human.gaps()).extracting(ItemRef::id).containsExactly(third);
    }

    @Test
    void no_difference_when_all_agree_or_the_other_says_not_applicable() {
        long first = experiment(hr, "Testtool A", "Testgebruik Chatbot", 0);
        long second = experiment(finance, "Testtool B", "Testgebruik Chatbot", 0);
        assess(first, "DATA-1", "MEETS");
        assess(second, "DATA-1", "MEETS");
        assess(first, "ETH-1", "GAP");
        assess(second, "ETH-1", "GAP");
        assess(first, "HUM-1", "MEETS");
        assess(second, "HUM-1", "NOT_APPLICABLE");
        assess(first, "SEC-1", "GAP");

        var group = groups().getFirst();

        assertThat(group.differences()).isEmpty();
        assertThat(group.assessesDifferently()).isFalse();
    }

    @Test
    void a_difference_counts_only_within_a_group_not_with_items_outside_it() {
        long first = experiment(hr, "Testtool A", "Testgebruik Chatbot", 0);
        experiment(finance, "Testtool B", "Testgebruik Chatbot", 0);
        long outside = experiment(it, "Testtool Other", "Testgebruik Other", 0);
        assess(first, "DATA-1", "MEETS");
        assess(outside, "DATA-1", "GAP");

        assertThat(groups())
                .singleElement()
                .satisfies(group -> assertThat(group.differences()).isEmpty());
    }

    @Test
    @WithUserDetails("leader")
    void open_groups_come_before_groups_with_a_note_and_carry_their_note() {
        experiment(hr, "Testtool Zendesk", "Testgebruik Chatbot", 0);
        experiment(finance, "Testtool Zendesk", "Testgebruik Chatbot", 0);
        service.saveNote("TOOL:testtool zendesk", Resolution.ACCEPTED, "Bewust", null);

        var groups = groups();

        assertThat(groups)
                .extracting(FragmentationGroup::key)
                .containsExactly("USE:testgebruik chatbot", "TOOL:testtool zendesk");
        assertThat(groups.getLast().note().reason()).isEqualTo("Bewust");
        assertThat(groups.getLast().accepted()).isTrue();
        assertThat(groups.getFirst().accepted()).isFalse();
        assertThat(service.groups(false, 0, FragmentationService.MAX_PAGE))
                .extracting(FragmentationGroup::key)
                .as("accepted groups are left out unless asked for")
                .doesNotContain("TOOL:testtool zendesk");
    }

    @Test
    void a_group_of_many_items_lists_the_first_few_and_counts_them_all() {
        var planned = BigDecimal.ZERO;
        for (int i = 0; i < FragmentationService.ITEMS_SHOWN + 4; i++) {
            experiment(i % 2 == 0 ? hr : finance, "Testtool Groot", "Testgebruik groot " + i, 100 + i);
            planned = planned.add(BigDecimal.valueOf(100 + i));
        }

        var group = groups().getFirst();

        assertThat(group.items()).hasSize(FragmentationService.ITEMS_SHOWN);
        assertThat(group.itemCount()).isEqualTo(FragmentationService.ITEMS_SHOWN + 4);
        assertThat(group.moreItems()).isEqualTo(4);
        assertThat(group.items())
                .extracting(GroupItem::department)
                .startsWith("Finance")
                .endsWith("HR");
        assertThat(group.totalPlanned()).as("all items, not only those listed").isEqualByComparingTo(planned);
    }

    @Test
    void a_difference_names_the_first_few_on_each_side_and_counts_them_all() {
        var meets = new java.util.ArrayList<Long>();
        for (int i = 0; i < FragmentationService.NAMES_SHOWN + 2; i++) {
            long id = experiment(hr, "Testtool Veel", "Testgebruik veel " + i, 0);
            assess(id, "DATA-1", "MEETS");
            meets.add(id);
        }
        assess(experiment(finance, "Testtool Veel", "Testgebruik weinig", 0), "DATA-1", "GAP");

        var difference = groups().getFirst().differences().getFirst();

        assertThat(difference.meetsCount()).isEqualTo(FragmentationService.NAMES_SHOWN + 2);
        assertThat(difference.meets())
                .extracting(ItemRef::id)
                .containsExactlyElementsOf(meets.subList(0, FragmentationService.NAMES_SHOWN));
        assertThat(difference.gapsCount()).isEqualTo(1);
    }

    @Test
    void the_summary_counts_groups_open_accepted_and_differing_in_the_database() {
        var before = service.summary();
        long first = experiment(hr, "Testtool Som", "Testgebruik som", 0);
        long second = experiment(finance, "Testtool Som", "Testgebruik som", 0);
        assess(first, "DATA-1", "MEETS");
        assess(second, "DATA-1", "GAP");
        db.insertInto(FRAGMENTATION_NOTE)
                .set(FRAGMENTATION_NOTE.GROUP_KEY, "TOOL:testtool som")
                .set(FRAGMENTATION_NOTE.RESOLUTION, "ACCEPTED")
                .set(FRAGMENTATION_NOTE.REASON, "Bewust")
                .set(FRAGMENTATION_NOTE.CREATED_BY, owner)
                .execute();

        var after = service.summary();

        assertThat(after.groups()).isEqualTo(before.groups() + 2);
        assertThat(after.open()).isEqualTo(before.open() + 1);
        assertThat(after.accepted()).isEqualTo(before.accepted() + 1);
        assertThat(after.differing()).isEqualTo(before.differing() + 2);
        assertThat(after.notAccepted()).isEqualTo(before.notAccepted() + 1);
    }

    /** The groups of this test's own items. */
    private List<FragmentationGroup> groups() {
        return service.groups(true, 0, FragmentationService.MAX_PAGE).stream()
                .filter(group ->
                        group.key().startsWith("TOOL:testtool") || group.key().startsWith("USE:testgebruik"))
                .toList();
    }

    private long experiment(long department, String tool, String useCase, long planned) {
        long id = item(department, Track.PERSONAL, Stage.RUNNING, tool, useCase);
        plan(id, planned);
        return id;
    }

    private long programme(long department, String tool, String useCase, Stage stage, long planned) {
        long id = item(department, Track.STRATEGIC, stage, tool, useCase);
        plan(id, planned);
        return id;
    }

    private int titles;

    private long item(long department, Track track, Stage stage, String tool, String useCase) {
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, track)
                // no word of four letters or more: these items are alike by tool or use case only, not by title
                .set(INITIATIVE.TITLE, "Ti " + (++titles))
                .set(INITIATIVE.LAYER, "OPERATIONAL")
                .set(INITIATIVE.STAGE, stage)
                .set(INITIATIVE.OWNER_ID, owner)
                .set(INITIATIVE.DEPARTMENT_ID, department)
                .set(INITIATIVE.TOOL_VENDOR, tool)
                .set(INITIATIVE.USE_CASE_CATEGORY, useCase)
                .returning(INITIATIVE.ID)
                .fetchSingle()
                .getId();
    }

    private void plan(long id, long planned) {
        if (planned > 0) {
            db.insertInto(BUDGET_LINE)
                    .set(BUDGET_LINE.INITIATIVE_ID, id)
                    .set(BUDGET_LINE.QUARTER, LocalDate.now().getYear() + "-Q3")
                    .set(BUDGET_LINE.PLANNED, BigDecimal.valueOf(planned))
                    .execute();
        }
    }

    private void assess(long item, String code, String result) {
        var principle = db.select(PRINCIPLE.ID)
                .from(PRINCIPLE)
                .where(PRINCIPLE.CODE.eq(code))
                .fetchSingle()
                .value1();
        db.insertInto(PRINCIPLE_ASSESSMENT)
                .set(PRINCIPLE_ASSESSMENT.INITIATIVE_ID, item)
                .set(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID, principle)
                .set(PRINCIPLE_ASSESSMENT.RESULT, result)
                .set(PRINCIPLE_ASSESSMENT.ASSESSED_BY, owner)
                .execute();
    }

    private long department(String name) {
        return DemoRows.department(db, name);
    }
}
