package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §4 fragmentation on the demo data: the three-chatbot case, and leaders' notes on groups. */
@Transactional
class FragmentationServiceTest extends DatabaseTest {

    static final String CHATBOTS = "USE:chatbot";
    static final String KS_BOT = "Klantchatbot voor polisvragen";
    static final String HR_BOT = "HR-chatbot voor verlof en regelingen";
    static final String MKT_BOT = "Chatbot op de website voor offertes";

    @Autowired
    FragmentationService service;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_demo_chatbots_of_three_departments_form_one_group_that_assesses_principles_differently() {
        var group = chatbots();

        assertThat(group.kind()).isEqualTo(GroupKind.USE_CASE);
        assertThat(group.label()).isEqualTo("Chatbot");
        assertThat(group.departments()).containsExactly("HR", "Klantenservice", "Marketing");
        assertThat(group.items()).extracting(GroupItem::title).containsExactly(HR_BOT, KS_BOT, MKT_BOT);
        assertThat(group.items())
                .extracting(GroupItem::owner)
                .containsExactly("Sanne Bakker", "Mark de Vries", "Lotte Jansen");
        for (var item : group.items()) {
            assertThat(item.plannedThisYear())
                    .as(item.title())
                    .isEqualByComparingTo(plannedThisYear(item.id()))
                    .isPositive();
        }
        assertThat(group.itemCount()).isEqualTo(3);
        assertThat(group.moreItems()).isZero();
        assertThat(group.totalPlanned())
                .isEqualByComparingTo(group.items().stream()
                        .map(i -> plannedThisYear(i.id()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));

        assertThat(group.differences()).extracting(PrincipleDifference::code).containsExactly("DATA-1", "HUM-1");
        var data = group.differences().getFirst();
        assertThat(data.title()).isEqualTo("Klantdata blijft in de EU");
        assertThat(data.meets()).extracting(ItemRef::title).containsExactly(HR_BOT, KS_BOT);
        assertThat(data.gaps()).extracting(ItemRef::title).containsExactly(MKT_BOT);
        var human = group.differences().getLast();
        assertThat(human.meets()).extracting(ItemRef::title).containsExactly(KS_BOT);
        assertThat(human.gaps()).extracting(ItemRef::title).containsExactly(HR_BOT);
        assertThat(group.note()).isNull();
    }

    @Test
    @WithUserDetails("viewer")
    void every_demo_group_spans_departments_with_active_items_only() {
        var groups = all();

        assertThat(groups).extracting(FragmentationGroup::key).contains(CHATBOTS, "TOOL:azure openai");
        for (var group : groups) {
            assertThat(group.departments()).as(group.key()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(group.items())
                    .as(group.key())
                    .allSatisfy(item -> assertThat(item.stage()).isIn(Stage.ACTIVE));
        }
        assertThat(service.mayManage()).isFalse();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_accepts_a_group_with_a_reason_and_it_is_stored_shown_and_audited() {
        service.saveNote(CHATBOTS, Resolution.ACCEPTED, "  Drie doelgroepen, drie kanalen.  ", null);

        var group = chatbots();
        assertThat(group.accepted()).isTrue();
        assertThat(group.note().reason()).isEqualTo("Drie doelgroepen, drie kanalen.");
        assertThat(group.note().by()).isEqualTo("Lotte Jansen");
        assertThat(group.note().at()).isNotNull();
        assertThat(group.note().version()).isEqualTo(1);
        assertThat(db.select(DSL.field("after_state ->> 'reason'", String.class))
                        .from(AUDIT_EVENT)
                        .where(
                                AUDIT_EVENT.KIND.eq("FRAGMENTATION_NOTE_CREATED"),
                                AUDIT_EVENT.ENTITY_ID.eq(group.note().id()))
                        .fetchSingle()
                        .value1())
                .isEqualTo("Drie doelgroepen, drie kanalen.");
        assertThat(service.mayManage()).isTrue();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_changes_a_note_into_a_consolidation_and_withdraws_it_each_audited() {
        service.saveNote(CHATBOTS, Resolution.ACCEPTED, "Bewust", null);
        service.saveNote(CHATBOTS, Resolution.CONSOLIDATE, "Eén chatbotplatform via IT", 1);

        var note = chatbots().note();
        assertThat(note.resolution()).isEqualTo(Resolution.CONSOLIDATE);
        assertThat(note.reason()).isEqualTo("Eén chatbotplatform via IT");
        assertThat(note.version()).isEqualTo(2);
        assertThat(events("FRAGMENTATION_NOTE_UPDATED", note.id())).isEqualTo(1);

        service.withdrawNote(CHATBOTS, 2);

        assertThat(chatbots().note()).isNull();
        assertThat(db.fetchCount(FRAGMENTATION_NOTE)).isZero();
        assertThat(events("FRAGMENTATION_NOTE_WITHDRAWN", note.id())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void a_note_needs_a_reason_of_at_most_2000_characters_and_a_resolution() {
        assertRefused(CHATBOTS, Resolution.ACCEPTED, null, "fragmentation.reason-required");
        assertRefused(CHATBOTS, Resolution.CONSOLIDATE, "   ", "fragmentation.reason-required");
        assertRefused(CHATBOTS, Resolution.ACCEPTED, "x".repeat(2001), "validation.too-long");
        assertRefused(CHATBOTS, null, "Reden", "fragmentation.resolution-required");

        assertThat(db.fetchCount(FRAGMENTATION_NOTE)).isZero();
        service.saveNote(CHATBOTS, Resolution.ACCEPTED, "x".repeat(2000), null);
        assertThat(chatbots().note().reason()).hasSize(2000);
    }

    @Test
    @WithUserDetails("leader")
    void a_note_on_a_group_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> service.saveNote("USE:bestaat niet", Resolution.ACCEPTED, "Reden", null))
                .isInstanceOf(NotFoundException.class);
        assertThat(db.fetchCount(FRAGMENTATION_NOTE)).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_accept_or_withdraw() {
        assertThatThrownBy(() -> service.saveNote(CHATBOTS, Resolution.ACCEPTED, "Reden", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.withdrawNote(CHATBOTS, 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.mayManage()).isFalse();
        assertThat(db.fetchCount(FRAGMENTATION_NOTE)).isZero();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_accept_a_group() {
        assertThatThrownBy(() -> service.saveNote(CHATBOTS, Resolution.CONSOLIDATE, "Reden", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(FRAGMENTATION_NOTE)).isZero();
    }

    @Test
    @WithUserDetails("leader")
    void a_second_leader_saving_over_a_note_they_did_not_see_is_refused_and_the_first_note_stays() {
        service.saveNote(CHATBOTS, Resolution.ACCEPTED, "Eerste besluit", null);
        int events = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> service.saveNote(CHATBOTS, Resolution.CONSOLIDATE, "Tweede, zonder te kijken", null))
                .isInstanceOf(ConcurrentEditException.class);
        service.saveNote(CHATBOTS, Resolution.ACCEPTED, "Aangepast", 1);
        assertThatThrownBy(() -> service.saveNote(CHATBOTS, Resolution.CONSOLIDATE, "Oude versie", 1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> service.withdrawNote(CHATBOTS, 1)).isInstanceOf(ConcurrentEditException.class);

        var note = chatbots().note();
        assertThat(note.reason()).isEqualTo("Aangepast");
        assertThat(note.version()).isEqualTo(2);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events + 1);
    }

    @Test
    @WithUserDetails("leader")
    void withdrawing_a_note_that_is_already_gone_is_a_concurrent_edit() {
        assertThatThrownBy(() -> service.withdrawNote(CHATBOTS, 1)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void the_radar_takes_the_same_number_of_statements_however_many_items_there_are() {
        int withDemoData = statementsFor(this::radar);

        var principle = db.select(PRINCIPLE.ID)
                .from(PRINCIPLE)
                .where(PRINCIPLE.CODE.eq("DATA-1"))
                .fetchSingle()
                .value1();
        var owner = db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("leader"))
                .fetchSingle()
                .value1();
        var quarter = LocalDate.now().getYear() + "-Q2";
        for (var department : db.select(DEPARTMENT.ID).from(DEPARTMENT).fetch(DEPARTMENT.ID)) {
            long id = db.insertInto(INITIATIVE)
                    .set(INITIATIVE.TRACK, Track.PERSONAL)
                    .set(INITIATIVE.TITLE, "Extra chatbot")
                    .set(INITIATIVE.LAYER, "PERSONAL_PRODUCTIVITY")
                    .set(INITIATIVE.STAGE, Stage.RUNNING)
                    .set(INITIATIVE.OWNER_ID, owner)
                    .set(INITIATIVE.DEPARTMENT_ID, department)
                    .set(INITIATIVE.TOOL_VENDOR, "Zendesk AI")
                    .set(INITIATIVE.USE_CASE_CATEGORY, "Chatbot")
                    .returning(INITIATIVE.ID)
                    .fetchSingle()
                    .getId();
            db.insertInto(BUDGET_LINE)
                    .set(BUDGET_LINE.INITIATIVE_ID, id)
                    .set(BUDGET_LINE.QUARTER, quarter)
                    .set(BUDGET_LINE.PLANNED, BigDecimal.TEN)
                    .execute();
            db.insertInto(PRINCIPLE_ASSESSMENT)
                    .set(PRINCIPLE_ASSESSMENT.INITIATIVE_ID, id)
                    .set(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID, principle)
                    .set(PRINCIPLE_ASSESSMENT.RESULT, "GAP")
                    .set(PRINCIPLE_ASSESSMENT.ASSESSED_BY, owner)
                    .execute();
        }

        assertThat(withDemoData).as("summary, first page").isEqualTo(2);
        assertThat(statementsFor(this::radar)).isEqualTo(withDemoData);
        assertThat(chatbots().departments()).hasSize(db.fetchCount(DEPARTMENT));
    }

    @Test
    @WithUserDetails("viewer")
    void an_item_knows_the_groups_it_is_part_of_and_an_item_in_none_gets_none() {
        long ksBot = idOf(KS_BOT);
        long proposal = idOf("AI-hulp voor de servicedesk");

        assertThat(service.groupsOf(ksBot)).extracting(FragmentationGroup::key).containsExactly(CHATBOTS);
        assertThat(service.groupsOf(proposal)).as("a proposal is not active").isEmpty();
    }

    private long idOf(String title) {
        return db.select(nl.tweespoor.db.Tables.INITIATIVE.ID)
                .from(nl.tweespoor.db.Tables.INITIATIVE)
                .where(nl.tweespoor.db.Tables.INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }

    private void radar() {
        service.summary();
        service.groups(false, 0, 10);
    }

    /** Counts the SQL statements a call sends, through a listener added to (and then removed from) jOOQ. */
    private int statementsFor(Runnable call) {
        var configuration = db.configuration();
        var original = configuration.executeListenerProviders();
        var counter = new AtomicInteger();
        ExecuteListener counting = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                counter.incrementAndGet();
            }
        };
        var providers = Arrays.copyOf(original, original.length + 1);
        providers[original.length] = new DefaultExecuteListenerProvider(counting);
        configuration.set(providers);
        try {
            call.run();
        } finally {
            configuration.set(original);
        }
        return counter.get();
    }

    private java.util.List<FragmentationGroup> all() {
        return service.groups(true, 0, FragmentationService.MAX_PAGE);
    }

    private FragmentationGroup chatbots() {
        return all().stream().filter(g -> g.key().equals(CHATBOTS)).findFirst().orElseThrow();
    }

    private void assertRefused(String key, Resolution resolution, String reason, String messageKey) {
        assertThatThrownBy(() -> service.saveNote(key, resolution, reason, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private BigDecimal plannedThisYear(long id) {
        int year = LocalDate.now().getYear();
        return db.select(DSL.coalesce(DSL.sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(id), BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))
                .fetchSingle()
                .value1();
    }

    private int events(String kind, long id) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq(kind).and(AUDIT_EVENT.ENTITY_ID.eq(id)));
    }
}
