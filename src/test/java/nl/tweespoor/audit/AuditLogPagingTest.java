package nl.tweespoor.audit;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.KeysetPager;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.InOneRequest;
import nl.tweespoor.support.MorePortfolio;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 11: the audit log is read by key, filtered on indexed columns (user and item by id), counted up to a cap. */
@Transactional
@WithUserDetails("leader")
class AuditLogPagingTest extends DatabaseTest {

    @Autowired
    AuditService audit;

    @Autowired
    DSLContext db;

    long manager;

    @BeforeEach
    void moreEvents() {
        MorePortfolio.add(db, 400); // 2,000 more events, some in the same microsecond
        db.execute("""
                insert into audit_event (occurred_at, actor_id, actor_name, kind, entity_type, summary)
                select timestamp with time zone '2020-01-01 12:00:00+00', null, 'system', 'SAME_INSTANT', 'test',
                       'Same instant ' || g
                from generate_series(1, 30) g
                """);
        manager = db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("manager"))
                .fetchSingle()
                .value1();
    }

    @Test
    void page_after_page_by_key_gives_every_event_once_in_order_without_gaps() {
        var expected = ids(DSL.noCondition());

        var read = readAll(AuditFilter.none(), 97);

        assertThat(read).hasSize(expected.size()).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    }

    @Test
    void events_sharing_one_instant_are_split_over_pages_by_their_id() {
        var filter = new AuditFilter(null, null, "SAME_INSTANT", null, null);

        assertThat(readAll(filter, 7))
                .hasSize(30)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(ids(AUDIT_EVENT.KIND.eq("SAME_INSTANT")));
    }

    @Test
    void the_user_filter_is_by_id_and_finds_exactly_that_users_events() {
        var filter = new AuditFilter(manager, null, null, null, null);

        var read = readAll(filter, 50);

        assertThat(read).hasSizeGreaterThan(100).containsExactlyElementsOf(ids(AUDIT_EVENT.ACTOR_ID.eq(manager)));
        // A user whose name contains another's (manager2) is not caught by the filter any more.
        assertThat(audit.page(filter, null, 0, 500)).extracting(AuditRow::actor).containsOnly("manager");
    }

    @Test
    void the_item_and_kind_filters_combine_on_ids_and_kinds() {
        long item = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(MorePortfolio.TITLE_PREFIX + "000007"))
                .fetchSingle()
                .value1();
        var filter = new AuditFilter(null, item, "STATUS_POSTED", null, null);

        var rows = audit.page(filter, null, 0, 50);

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.kind()).isEqualTo("STATUS_POSTED");
            assertThat(row.itemTitle()).isEqualTo(MorePortfolio.TITLE_PREFIX + "000007");
        });
        assertThat(rows)
                .extracting(AuditRow::id)
                .containsExactlyElementsOf(
                        ids(AUDIT_EVENT.INITIATIVE_ID.eq(item).and(AUDIT_EVENT.KIND.eq("STATUS_POSTED"))));
    }

    @Test
    void the_count_is_exact_up_to_the_cap_and_says_more_beyond_it() {
        assertThat(audit.count(new AuditFilter(null, null, "SAME_INSTANT", null, null)))
                .isEqualTo(new AuditCount(30, false));
        assertThat(audit.count(AuditFilter.none())).isEqualTo(new AuditCount(AuditCount.CAP, true));
    }

    @Test
    void the_kinds_are_every_kind_in_the_log_once() {
        var expected = db.selectDistinct(AUDIT_EVENT.KIND)
                .from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.KIND)
                .fetch(AUDIT_EVENT.KIND);

        assertThat(audit.kinds()).containsExactlyElementsOf(expected).contains("SAME_INSTANT", "STATUS_POSTED");
    }

    @Test
    void the_user_and_item_pickers_page_through_matches() {
        assertThat(audit.users("manag", 0, 10)).extracting(o -> o.id()).contains(manager);
        assertThat(audit.users("", 0, 2)).hasSize(2);
        assertThat(audit.items("Generated item 00001", 0, 100)).hasSize(10);
        assertThat(audit.items("Generated item", 5, 3))
                .extracting(o -> o.label())
                .containsExactly("Generated item 000006", "Generated item 000007", "Generated item 000008");
    }

    @Test
    void a_page_deep_in_the_log_costs_the_statements_of_the_first() {
        var pager = new KeysetPager<AuditRow, AuditKey>(AuditRow::key);
        var filter = AuditFilter.none();
        long first = InOneRequest.statements(
                () -> pager.fetch(0, 50, (after, skip, limit) -> audit.page(filter, after, skip, limit)));
        for (int offset = 50; offset < 1_500; offset += 50) {
            int at = offset;
            assertThat(InOneRequest.statements(() -> pager.fetch(at, 50, (after, skip, limit) -> {
                        assertThat(after)
                                .as("page at %d is read after the previous page's last key", at)
                                .isNotNull();
                        assertThat(skip).isZero();
                        return audit.page(filter, after, skip, limit);
                    })))
                    .isEqualTo(first);
        }
        assertThat(first).isEqualTo(1);
    }

    @Test
    void the_audit_view_statements_are_as_many_on_the_demo_data_as_with_thousands_more_events() {
        // (the @BeforeEach added 2,030 events; compare with 10,000 more)
        long before = InOneRequest.statements(this::auditView);
        MorePortfolio.add(db, 2_000);
        assertThat(InOneRequest.statements(this::auditView)).isEqualTo(before);
    }

    /** What the audit view asks for when it opens: the kinds, the count and the first page. */
    private void auditView() {
        audit.kinds();
        audit.count(AuditFilter.none());
        audit.page(AuditFilter.none(), null, 0, 50);
    }

    private List<Long> readAll(AuditFilter filter, int pageSize) {
        var pager = new KeysetPager<AuditRow, AuditKey>(AuditRow::key);
        var ids = new ArrayList<Long>();
        for (int offset = 0; ; offset += pageSize) {
            var page = pager.fetch(offset, pageSize, (after, skip, limit) -> audit.page(filter, after, skip, limit));
            page.forEach(row -> ids.add(row.id()));
            if (page.size() < pageSize) {
                return ids;
            }
        }
    }

    private List<Long> ids(Condition where) {
        return db.select(AUDIT_EVENT.ID)
                .from(AUDIT_EVENT)
                .where(where)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .fetch(AUDIT_EVENT.ID);
    }
}
