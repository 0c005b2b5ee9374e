package nl.tweespoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Arrays;
import nl.tweespoor.support.MigrationDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V77: a database whose items carry the old free-text journey ends with one journey per distinct text, owned by a
 * leader, the items linked to theirs, and the text column gone. Plain SQL on a database of its own, migrated to V76
 * first, because the generated classes know only the schema after the migration.
 */
class JourneyMigrationTest {

    private MigrationDatabase database;

    @BeforeEach
    void migrateToTheVersionBefore() {
        database = MigrationDatabase.migratedTo("76");
    }

    @AfterEach
    void dropTheDatabase() {
        database.drop();
    }

    @Test
    void every_distinct_journey_text_becomes_a_journey_and_its_items_name_it() throws SQLException {
        long leader;
        try (var connection = database.owner()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            db.execute("insert into department (name) values ('Schade')");
            db.execute("insert into app_user (username, display_name, password_hash) values"
                    + " ('viewer', 'Viewer', 'x'), ('boss', 'Boss', 'x')");
            db.execute(
                    "insert into user_role (user_id, role) select id, 'VIEWER' from app_user where username = 'viewer'");
            db.execute(
                    "insert into user_role (user_id, role) select id, 'LEADER' from app_user where username = 'boss'");
            leader = db.fetchSingle("select id from app_user where username = 'boss'")
                    .get(0, Long.class);
            item(db, "Claims", "Schademelding tot uitbetaling");
            item(db, "Fraud", "  Schademelding tot uitbetaling ");
            item(db, "Routing", "Klantvraag tot antwoord");
            item(db, "Chatbot", null);
            item(db, "Blank", "   ");
        }

        database.migrateToLatest();

        try (var connection = database.owner()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            assertThat(db.fetch("select title, kind, intent, owner_id, redesign_by from journey order by title")
                            .map(r -> r.intoList()))
                    .containsExactly(
                            Arrays.asList("Klantvraag tot antwoord", "CUSTOMER_JOURNEY", "OPTIMISE", leader, null),
                            Arrays.asList(
                                    "Schademelding tot uitbetaling", "CUSTOMER_JOURNEY", "OPTIMISE", leader, null));
            assertThat(db.fetch("select i.title, j.title from initiative i left join journey j on j.id = i.journey_id"
                                    + " order by i.title")
                            .map(r -> r.intoList()))
                    .containsExactly(
                            Arrays.asList("Blank", null),
                            Arrays.asList("Chatbot", null),
                            Arrays.asList("Claims", "Schademelding tot uitbetaling"),
                            Arrays.asList("Fraud", "Schademelding tot uitbetaling"),
                            Arrays.asList("Routing", "Klantvraag tot antwoord"));
            assertThat(db.fetchExists(db.selectOne()
                            .from("information_schema.columns")
                            .where("table_name = 'initiative' and column_name = 'journey'")))
                    .as("the free-text column is dropped")
                    .isFalse();
        }
    }

    @Test
    void without_a_leader_the_migrated_journeys_have_no_owner() throws SQLException {
        try (var connection = database.owner()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            db.execute("insert into department (name) values ('Schade')");
            db.execute("insert into app_user (username, display_name, password_hash) values ('viewer', 'Viewer', 'x')");
            item(db, "Claims", "Schademelding tot uitbetaling");
        }

        database.migrateToLatest();

        try (var connection = database.owner()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            assertThat(db.fetch("select title, owner_id from journey").map(r -> r.intoList()))
                    .containsExactly(Arrays.asList("Schademelding tot uitbetaling", null));
        }
    }

    private static void item(DSLContext db, String title, String journey) {
        db.execute(
                "insert into initiative (track, title, layer, stage, owner_id, department_id, journey)"
                        + " values ('STRATEGIC', ?, 'OPERATIONAL', 'IDEA', (select min(id) from app_user),"
                        + " (select min(id) from department), ?)",
                title,
                journey);
    }
}
