package nl.tweespoor.governance.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import nl.tweespoor.support.MigrationDatabase;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V87: leaders' notes on tool groups follow the keys V86 gave those groups (punctuation and accents folded), so an
 * accepted or to-be-consolidated group stays decided after the upgrade. Plain SQL on a database of its own, migrated
 * to V84 first, because the notes must be written under the old keys.
 */
class NoteKeysMigrationTest {

    private MigrationDatabase database;

    @BeforeEach
    void migrateToTheVersionBefore() {
        database = MigrationDatabase.migratedTo("84");
    }

    @AfterEach
    void dropTheDatabase() {
        database.drop();
    }

    @Test
    void a_note_under_a_tool_key_with_punctuation_or_accents_moves_to_the_groups_new_key() throws SQLException {
        try (var connection = database.owner()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            db.execute("insert into app_user (username, display_name, password_hash) values ('boss', 'Boss', 'x')");
            note(db, "TOOL:microsoft-365 copilot", "ACCEPTED", "2026-01-01");
            note(db, "TOOL:chatgpt", "CONSOLIDATE", "2026-01-02");
            note(db, "TOOL:café-bot", "ACCEPTED", "2026-01-03");
            note(db, "USE:klant-vragen", "ACCEPTED", "2026-01-04");
            // two old spellings that now meet: the newest is carried over, the older stays where no group shows it
            note(db, "TOOL:power bi", "ACCEPTED", "2026-01-05");
            note(db, "TOOL:power-bi", "CONSOLIDATE", "2026-01-06");
        }

        database.migrateToLatest();

        try (var connection = database.owner()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            assertThat(db.fetch("select group_key, resolution from fragmentation_note order by created_at")
                            .map(r -> r.get(0) + " " + r.get(1)))
                    .containsExactly(
                            "TOOL:microsoft 365 copilot ACCEPTED",
                            "TOOL:chatgpt CONSOLIDATE",
                            "TOOL:cafe bot ACCEPTED",
                            "USE:klant-vragen ACCEPTED",
                            "TOOL:power bi ACCEPTED",
                            "TOOL:power-bi CONSOLIDATE");
        }
    }

    private static void note(org.jooq.DSLContext db, String key, String resolution, String day) {
        db.execute(
                "insert into fragmentation_note (group_key, resolution, reason, created_by, created_at)"
                        + " values (?, ?, 'Besproken', (select min(id) from app_user), ?::date)",
                key,
                resolution,
                day);
    }
}
