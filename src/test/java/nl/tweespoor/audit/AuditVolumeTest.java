package nl.tweespoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The audit log stays quick with 100,000 events: a page and its count, unfiltered and filtered. */
@Transactional
@WithUserDetails("leader")
class AuditVolumeTest extends DatabaseTest {

    /** Generous for a 2-core CI machine; the queries take a few tens of milliseconds here. */
    private static final long BUDGET_MILLIS = 2_000;

    @Autowired
    AuditService audit;

    @Autowired
    DSLContext db;

    @Test
    void a_page_and_its_count_stay_fast_with_a_hundred_thousand_events() {
        db.execute("""
                insert into audit_event (occurred_at, actor_id, actor_name, kind, entity_type, entity_id,
                                         initiative_id, summary, after_state)
                select now() - (g || ' minutes')::interval, u.id, u.username,
                       case when g % 3 = 0 then 'STATUS_POSTED' else 'INITIATIVE_UPDATED' end, 'initiative',
                       i.id, i.id, 'Bulk ' || g, jsonb_build_object('n', g)
                from generate_series(1, 100000) g
                cross join lateral (select id, username from app_user order by id limit 1 offset g % 3) u
                cross join lateral (select id from initiative order by id limit 1 offset g % 20) i
                """);

        for (var filter : new AuditFilter[] {
                new AuditFilter(null, null, null, null, null),
                new AuditFilter("lead", null, null, null, null),
                new AuditFilter(null, "chatbot", null, null, null),
                new AuditFilter(null, null, "STATUS_POSTED", LocalDate.now().minusDays(30), LocalDate.now()) }) {
            long start = System.nanoTime();
            var page = audit.page(filter, 0, 50);
            int count = audit.count(filter);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(page).as("%s", filter).isNotEmpty();
            assertThat(count).as("%s", filter).isGreaterThanOrEqualTo(page.size());
            assertThat(millis).as("page and count for %s", filter).isLessThan(BUDGET_MILLIS);
        }
        assertThat(audit.count(new AuditFilter(null, null, null, null, null))).isGreaterThan(100_000);
    }
}
