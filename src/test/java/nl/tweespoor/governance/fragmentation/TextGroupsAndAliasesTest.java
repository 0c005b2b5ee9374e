package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.DemoRows;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 16: the radar's third kind of group (items of two or more departments whose titles share a telling word) and
 * the tool aliases leaders keep, so spelling variants of one tool group together.
 */
@Transactional
class TextGroupsAndAliasesTest extends DatabaseTest {

    @Autowired
    FragmentationService radar;

    @Autowired
    ToolAliasService aliases;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_demo_chatbots_of_two_departments_form_a_text_group() {
        assertThat(group("TEXT:chatbot")).satisfies(group -> {
            assertThat(group.kind()).isEqualTo(GroupKind.TEXT);
            assertThat(group.label()).isEqualTo("chatbot");
            assertThat(group.departments()).containsExactly("HR", "Marketing");
            assertThat(group.items())
                    .extracting(GroupItem::title)
                    .containsExactly("HR-chatbot voor verlof en regelingen", "Chatbot op de website voor offertes");
        });
    }

    @Test
    @WithUserDetails("viewer")
    void titles_alike_within_one_department_are_no_group_until_another_department_has_one_too() {
        item("HR", "Zwartbekplanner", "Zwartbekvliegen tellen met AI");
        item("HR", "Zwartbekplanner", "Zwartbekvliegen voorspellen");

        assertThat(keys()).doesNotContain("TEXT:zwartbekvlieg");

        item("Finance", "Zwartbekplanner", "Kosten van zwartbekvliegen");

        assertThat(group("TEXT:zwartbekvlieg").departments()).containsExactly("Finance", "HR");
    }

    @Test
    @WithUserDetails("viewer")
    void stop_words_make_no_group_and_two_words_shared_by_the_same_items_are_one_group() {
        item("HR", "Geen", "Notulenrobot voor directievergaderingen");
        item("Finance", "Geen", "Notulenrobot bij directievergaderingen");

        assertThat(keys()).contains("TEXT:directievergader").doesNotContain("TEXT:notulenrobot");
        assertThat(keys()).noneMatch(key -> key.equals("TEXT:voor") || key.equals("TEXT:bij"));
    }

    @Test
    @WithUserDetails("viewer")
    void a_word_in_more_items_than_a_text_group_holds_is_vocabulary_not_a_group() {
        for (int i = 0; i < FragmentationQueries.MAX_TEXT_GROUP; i++) {
            item(i % 2 == 0 ? "HR" : "Finance", "Geen", "Kwakzalverijcheck " + i);
        }
        assertThat(group("TEXT:kwakzalverijcheck").itemCount()).isEqualTo(FragmentationQueries.MAX_TEXT_GROUP);

        item("IT", "Geen", "Kwakzalverijcheck nog een");

        assertThat(keys()).doesNotContain("TEXT:kwakzalverijcheck");
    }

    @Test
    @WithUserDetails("leader")
    void an_alias_makes_two_spellings_of_a_tool_one_group_and_removing_it_splits_them_again() {
        item("HR", "Testpilot", "Brieven schrijven");
        item("Finance", "Microsoft-365  TESTPILOT.", "Prognoses maken");
        assertThat(keys()).doesNotContain("TOOL:microsoft 365 testpilot");

        aliases.add(" Testpilot ", "Microsoft 365 Testpilot");

        var group = group("TOOL:microsoft 365 testpilot");
        assertThat(group.departments()).containsExactly("Finance", "HR");
        assertThat(aliases.aliases(0, 10))
                .extracting(ToolAlias::alias, ToolAlias::canonical)
                .contains(tuple("Testpilot", "Microsoft 365 Testpilot"));
        var alias = aliases.aliases(0, 10).getFirst();
        assertThat(events("TOOL_ALIAS_CREATED", alias.id())).isEqualTo(1);

        aliases.remove(alias.id(), alias.version());

        assertThat(keys()).doesNotContain("TOOL:microsoft 365 testpilot");
        assertThat(aliases.count()).isZero();
        assertThat(events("TOOL_ALIAS_DELETED", alias.id())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void an_alias_is_refused_when_it_folds_to_its_tool_is_taken_or_would_be_a_chain() {
        aliases.add("Copilot", "Microsoft 365 Copilot");

        assertRefused("co-pilot", "Co Pilot", "fragmentation.alias.same");
        assertRefused("COPILOT!", "GitHub Copilot", "fragmentation.alias.taken");
        assertRefused("Microsoft 365 Copilot", "M365", "fragmentation.alias.canonical");
        assertRefused("MS Copilot", "copilot", "fragmentation.alias.chain");
        assertRefused(" ", "Copilot", "fragmentation.alias.alias-required");
        assertRefused("M365", null, "fragmentation.alias.canonical-required");
        assertThat(aliases.count()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void removing_an_alias_someone_else_removed_or_changed_is_refused() {
        aliases.add("Copilot", "Microsoft 365 Copilot");
        var alias = aliases.aliases(0, 10).getFirst();

        assertThatThrownBy(() -> aliases.remove(alias.id(), alias.version() + 1))
                .isInstanceOf(ConcurrentEditException.class);
        aliases.remove(alias.id(), alias.version());
        assertThatThrownBy(() -> aliases.remove(alias.id(), alias.version()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_add_or_remove_aliases() {
        assertThatThrownBy(() -> aliases.add("Copilot", "Microsoft 365 Copilot"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> aliases.remove(1, 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(aliases.mayManage()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_add_aliases() {
        assertThatThrownBy(() -> aliases.add("Copilot", "Microsoft 365 Copilot"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void accepting_a_text_group_sticks_when_another_department_joins_it() {
        radar.saveNote("TEXT:chatbot", Resolution.ACCEPTED, "Andere doelgroepen", null);

        item("Finance", "Geen", "Chatbot voor facturen");

        var group = group("TEXT:chatbot");
        assertThat(group.departments()).containsExactly("Finance", "HR", "Marketing");
        assertThat(group.accepted()).isTrue();
        assertThat(radar.groups(false, 0, FragmentationService.MAX_PAGE))
                .extracting(FragmentationGroup::key)
                .doesNotContain("TEXT:chatbot");
    }

    @Test
    @WithUserDetails("viewer")
    void an_item_page_lists_its_text_groups() {
        long hrBot = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("HR-chatbot voor verlof en regelingen"))
                .fetchSingle()
                .value1();

        assertThat(radar.groupsOf(hrBot)).extracting(FragmentationGroup::key).contains("USE:chatbot", "TEXT:chatbot");
    }

    private void assertRefused(String alias, String canonical, String messageKey) {
        assertThatThrownBy(() -> aliases.add(alias, canonical))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private FragmentationGroup group(String key) {
        return radar.groups(true, 0, FragmentationService.MAX_PAGE).stream()
                .filter(g -> g.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + keys()));
    }

    private List<String> keys() {
        return radar.groups(true, 0, FragmentationService.MAX_PAGE).stream()
                .map(FragmentationGroup::key)
                .toList();
    }

    private void item(String department, String tool, String title) {
        db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, Track.PERSONAL)
                .set(INITIATIVE.TITLE, title)
                .set(INITIATIVE.LAYER, "PERSONAL_PRODUCTIVITY")
                .set(INITIATIVE.STAGE, Stage.RUNNING)
                .set(INITIATIVE.OWNER_ID, DemoRows.user(db, "manager"))
                .set(INITIATIVE.DEPARTMENT_ID, DemoRows.department(db, department))
                .set(INITIATIVE.TOOL_VENDOR, tool)
                .execute();
    }

    private int events(String kind, long id) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq(kind).and(AUDIT_EVENT.ENTITY_ID.eq(id)));
    }
}
