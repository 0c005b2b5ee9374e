package nl.tweespoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo story is a year of a real organisation's work, and its figures agree with each other: what a leader sees
 * on the audit log, the reviews, the budget page and an item's history tells one consistent story.
 */
class DemoStoryHistoryTest extends DatabaseTest {

    @Autowired
    DSLContext db;

    @Test
    void every_closed_review_decided_every_item_that_was_active_in_its_quarter() {
        // An item that reported in the review's quarter before the review met, or that is active today and had
        // started by then, was on that review's agenda.
        var missed = db.fetch("""
                select r.quarter, i.title from review r
                join initiative i on (
                    exists (select 1 from status_update s where s.initiative_id = i.id
                            and s.quarter = r.quarter and s.created_at < r.opened_at)
                    or (i.stage in ('RUNNING', 'DISCOVERY', 'PILOT', 'SCALE', 'RUN') and i.start_quarter <= r.quarter))
                where r.status = 'CLOSED'
                  and not exists (select 1 from review_decision d where d.review_id = r.id and d.initiative_id = i.id)
                """);
        assertThat(missed).isEmpty();
        assertThat(db.fetch("""
                        select r.quarter, count(d.id) as decided from review r
                        left join review_decision d on d.review_id = r.id
                        where r.status = 'CLOSED' group by r.quarter order by r.quarter
                        """))
                .hasSize(4)
                .allSatisfy(review ->
                        assertThat(review.get("decided", Integer.class)).isGreaterThanOrEqualTo(5));
    }

    @Test
    void decisions_fall_within_their_review_and_nothing_is_reported_after_a_stop() {
        assertThat(count("""
                        select 1 from review_decision d join review r on r.id = d.review_id
                        where d.decided_at < r.opened_at or d.decided_at > coalesce(r.closed_at, now())
                        """)).isZero();
        assertThat(count("""
                        select 1 from review_decision d join review r on r.id = d.review_id
                        join status_update s on s.initiative_id = d.initiative_id and s.created_at > r.closed_at
                        where d.decision in ('STOP', 'PROMOTE')
                        """)).isZero();
        assertThat(strings("""
                        select i.stage from review_decision d join initiative i on i.id = d.initiative_id
                        where d.decision = 'STOP'
                        """)).isNotEmpty().containsOnly("STOPPED");
    }

    @Test
    void every_actual_is_what_the_last_update_of_its_quarter_said() {
        var disagreeing = db.fetch("""
                select i.title, b.quarter, b.actual, (
                    select s.spend from status_update s
                    where s.initiative_id = b.initiative_id and s.quarter = b.quarter and s.spend is not null
                    order by s.created_at desc, s.id desc limit 1) as reported
                from budget_line b join initiative i on i.id = b.initiative_id
                """).stream()
                .filter(line -> {
                    var reported = line.get("reported", java.math.BigDecimal.class);
                    var actual = line.get("actual", java.math.BigDecimal.class);
                    return reported == null ? actual.signum() != 0 : reported.compareTo(actual) != 0;
                })
                .toList();
        assertThat(disagreeing).isEmpty();
        assertThat(count("select 1 from budget_line where actual > 0")).isGreaterThan(40);
    }

    @Test
    void items_have_a_year_of_status_updates_with_rag_trends() {
        var first = at("select min(created_at) from status_update");
        assertThat(first).isBefore(OffsetDateTime.now().minusDays(270));
        assertThat(count("select 1 from status_update")).isGreaterThan(120);
        // Items active for three quarters or more wrote most months, and at least five of them changed colour.
        List<Integer> updatesOfLongRunners = db.fetch("""
                        select count(s.id)::int from initiative i join status_update s on s.initiative_id = i.id
                        where i.stage in ('PILOT', 'SCALE', 'RUN') group by i.id
                        """).getValues(0, Integer.class);
        assertThat(updatesOfLongRunners)
                .isNotEmpty()
                .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(6));
        assertThat(count("""
                        select initiative_id from (
                            select initiative_id, rag, lag(rag) over (partition by initiative_id order by created_at) prev
                            from status_update) t
                        where prev is not null and prev <> rag group by initiative_id
                        """)).isGreaterThanOrEqualTo(5);
        assertThat(count("select 1 from status_update where created_at > now()"))
                .isZero();
    }

    @Test
    void the_audit_log_tells_the_story_by_the_people_who_did_it() {
        assertThat(untold("status_update s", "STATUS_POSTED", "s.id", "s.created_at", "s.author_id"))
                .isZero();
        assertThat(untold("review_decision d", "DECISION_RECORDED", "d.id", "d.decided_at", "d.decided_by"))
                .isZero();
        assertThat(untold("item_comment c", "COMMENT_ADDED", "c.id", "c.created_at", "c.author_id"))
                .isZero();
        assertThat(untold("review r where r.status = 'CLOSED'", "REVIEW_CLOSED", "r.id", "r.closed_at", "r.closed_by"))
                .isZero();
        assertThat(count("""
                        select 1 from initiative i where not exists (
                            select 1 from audit_event e where e.kind = 'INITIATIVE_CREATED' and e.entity_id = i.id)
                        """)).isZero();
        assertThat(count("select 1 from initiative i where i.stage in ('STOPPED', 'CONCLUDED', 'COMPLETED')"
                        + " and not exists (select 1 from audit_event e where e.kind = 'STAGE_CHANGED'"
                        + " and e.entity_id = i.id and e.after_state ->> 'stage' = i.stage)"))
                .isZero();
        assertThat(count("select 1 from audit_event where occurred_at > now()")).isZero();
        assertThat(count("select 1 from audit_event")).isGreaterThan(500);
    }

    @Test
    void comments_are_a_conversation_over_the_year_within_each_items_life() {
        assertThat(count("select 1 from item_comment")).isGreaterThanOrEqualTo(20);
        assertThat(at("select min(created_at) from item_comment"))
                .isBefore(OffsetDateTime.now().minusDays(180));
        assertThat(count("""
                        select 1 from item_comment c join initiative i on i.id = c.initiative_id
                        where c.created_at < i.created_at or c.created_at > now()
                        """)).isZero();
    }

    @Test
    void one_active_item_is_stale_and_every_other_reported_in_the_last_45_days() {
        assertThat(strings("""
                        select i.title from initiative i
                        where i.stage in ('RUNNING', 'DISCOVERY', 'PILOT', 'SCALE', 'RUN') and not exists (
                            select 1 from status_update s
                            where s.initiative_id = i.id and s.created_at > now() - interval '45 days')
                        """)).containsExactly("AI-prognoses voor kasstromen");
    }

    /** How many rows of {@code table} have no audit event of {@code kind} at their own moment by their own actor. */
    private int untold(String table, String kind, String id, String at, String actor) {
        var from = table.contains(" where ")
                ? table.replace(" where ", " where not exists (%s) and ")
                : table + " where not exists (%s)";
        var event = "select 1 from audit_event e where e.kind = '" + kind + "' and e.entity_id = " + id
                + " and e.occurred_at = " + at + " and e.actor_id = " + actor;
        return count("select 1 from " + from.formatted(event));
    }

    private int count(String query) {
        return Objects.requireNonNull(db.fetchSingle("select count(*)::int from (" + query + ") counted")
                .get(0, Integer.class));
    }

    private OffsetDateTime at(String query) {
        return Objects.requireNonNull(db.fetchSingle(query).get(0, OffsetDateTime.class));
    }

    private List<String> strings(String query) {
        return db.fetch(query).getValues(0, String.class);
    }
}
