package nl.tweespoor.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's own database role (a plain login role, migrated for by the owner) can read and write rows, and nothing
 * that would let it undo the database's rules: audit events stay append-only, no table can be truncated or altered,
 * no trigger switched off, and a closed review stays as it was closed.
 */
class LeastPrivilegeTest extends DatabaseTest {

    private static final String PERMISSION_DENIED = "42501";
    private static final String RAISED_BY_TRIGGER = "P0001";
    private static final String ALLOWED = "allowed";

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext db;

    @Autowired
    DatabaseRoleCheck roleCheck;

    @Test
    void the_app_signs_in_as_the_plain_app_role_and_finds_nothing_to_warn_about() {
        assertThat(value("select current_user", String.class)).isEqualTo(TestDatabase.APP);
        assertThat(value("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(roleCheck.problems()).isEmpty();
    }

    @Test
    void the_start_up_check_warns_when_the_app_would_run_as_the_owner_of_its_tables() throws SQLException {
        try (var owner = DriverManager.getConnection(
                TestDatabase.url(TestDatabase.current()), TestDatabase.OWNER, TestDatabase.ownerPassword())) {
            var problems = new DatabaseRoleCheck(DSL.using(owner)).problems();
            assertThat(problems).singleElement().asString().contains("owns");
        }
    }

    @Test
    void audit_events_can_be_added_and_read_but_not_changed_removed_or_truncated() {
        assertAllowed("select count(*) from audit_event");
        assertAllowed("insert into audit_event (actor_name, kind, entity_type, summary) "
                + "values ('test', 'TEST', 'test', 'an event the app may add')");
        assertDenied("update audit_event set summary = 'rewritten'");
        assertDenied("delete from audit_event");
        assertDenied("truncate audit_event");
    }

    @Test
    void no_table_can_be_truncated_altered_dropped_or_have_its_triggers_switched_off() {
        var tables = db.fetch(
                        "select tablename from pg_tables where schemaname = current_schema() " + "order by tablename")
                .getValues(0, String.class);
        assertThat(tables).contains("audit_event", "review", "review_decision", "initiative", "app_user");
        for (var table : tables) {
            assertDenied("truncate " + table + " cascade");
            assertDenied("alter table " + table + " add column sneaky integer");
            assertDenied("alter table " + table + " disable trigger all");
            assertDenied("create trigger sneaky before insert on " + table
                    + " for each row execute function refuse_audit_change()");
            assertDenied("drop table " + table + " cascade");
        }
        assertDenied("create table sneaky (id integer)");
        assertDenied("alter function refuse_closed_review_change() owner to " + TestDatabase.APP);
    }

    @Test
    void flyway_history_can_be_read_but_not_rewritten() {
        assertAllowed("select count(*) from flyway_schema_history");
        assertDenied("update flyway_schema_history set checksum = 0");
        assertDenied("delete from flyway_schema_history");
    }

    @Test
    void a_closed_review_and_its_decisions_cannot_change_even_bypassing_the_services() {
        long closed = value("select min(id) from review where status = 'CLOSED'", Long.class);
        long decision = value("select min(id) from review_decision where review_id = " + closed, Long.class);
        long item = value("select min(id) from initiative", Long.class);
        long user = value("select min(id) from app_user", Long.class);
        assertRefusedByTrigger("update review set status = 'IN_PROGRESS', closed_at = null where id = " + closed);
        assertRefusedByTrigger("delete from review where id = " + closed);
        assertRefusedByTrigger("update review_decision set reason = 'rewritten' where id = " + decision);
        assertRefusedByTrigger("delete from review_decision where id = " + decision);
        assertRefusedByTrigger("insert into review_decision (review_id, initiative_id, decision, reason, decided_by) "
                + "values (" + closed + ", " + item + ", 'CONTINUE', 'late', " + user + ")");
    }

    private void assertAllowed(String sql) {
        assertThat(stateOf(refusal(sql))).as(sql).isEqualTo(ALLOWED);
    }

    private void assertDenied(String sql) {
        assertThat(stateOf(refusal(sql))).as(sql).startsWith(PERMISSION_DENIED);
    }

    private void assertRefusedByTrigger(String sql) {
        assertThat(stateOf(refusal(sql))).as(sql).startsWith(RAISED_BY_TRIGGER);
    }

    private <T> T value(String sql, Class<T> type) {
        return db.fetchSingle(sql).get(0, type);
    }

    private static String stateOf(SQLException refusal) {
        return refusal == null ? ALLOWED : refusal.getSQLState() + " " + refusal.getMessage();
    }

    /** Runs one statement as the app in a transaction that is always rolled back; returns its error, if any. */
    private SQLException refusal(String sql) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
                return null;
            } catch (SQLException refused) {
                return refused;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
