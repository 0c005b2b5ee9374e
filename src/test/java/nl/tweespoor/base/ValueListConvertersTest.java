package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.RANKING;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.Rag;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forced types of pom.xml: stage, track and RAG columns stay varchar holding the names, and the generated fields
 * read and write the enums.
 */
@Transactional
class ValueListConvertersTest extends DatabaseTest {

    @Autowired
    DSLContext db;

    @Test
    void the_demo_rows_read_as_enums_that_match_the_names_the_columns_hold() {
        var items = db.select(
                        INITIATIVE.TRACK,
                        INITIATIVE.STAGE,
                        DSL.field("{0}", String.class, INITIATIVE.TRACK),
                        DSL.field("{0}", String.class, INITIATIVE.STAGE))
                .from(INITIATIVE)
                .fetch();
        assertThat(items).isNotEmpty().allSatisfy(r -> {
            assertThat(r.value1().name()).isEqualTo(r.value3());
            assertThat(r.value2().name()).isEqualTo(r.value4());
            assertThat(r.value2().belongsTo(r.value1())).isTrue();
        });
        assertThat(items.map(r -> r.value1())).contains(Track.PERSONAL, Track.STRATEGIC);

        var rags = db.select(STATUS_UPDATE.RAG, DSL.field("{0}", String.class, STATUS_UPDATE.RAG))
                .from(STATUS_UPDATE)
                .fetch();
        assertThat(rags)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.value1().name()).isEqualTo(r.value2()));
        assertThat(rags.map(r -> r.value1())).contains(Rag.GREEN, Rag.AMBER, Rag.RED);

        assertThat(db.select(RANKING.TRACK).from(RANKING).fetch(RANKING.TRACK))
                .containsExactlyInAnyOrder(Track.values());
        assertThat(db.selectDistinct(BUDGET_ENVELOPE.TRACK)
                        .from(BUDGET_ENVELOPE)
                        .fetch(BUDGET_ENVELOPE.TRACK))
                .containsExactlyInAnyOrder(Track.values());
    }

    @Test
    void an_enum_written_is_stored_as_its_name_and_read_back() {
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL), INITIATIVE.STAGE.eq(Stage.RUNNING))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle();
        item.setStage(Stage.STOPPED);
        Versioned.store(item);

        var stored = db.select(INITIATIVE.STAGE, DSL.field("{0}", String.class, INITIATIVE.STAGE))
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(item.getId()))
                .fetchSingle();
        assertThat(stored.value1()).isEqualTo(Stage.STOPPED);
        assertThat(stored.value2()).isEqualTo("STOPPED");
        assertThat(db.fetchCount(INITIATIVE, INITIATIVE.ID.eq(item.getId()), INITIATIVE.STAGE.in(Stage.OPEN)))
                .isZero();
        // the audit log's JSON keeps the names
        assertThat(AuditLog.snapshot(item)).contains("\"track\":\"PERSONAL\"", "\"stage\":\"STOPPED\"");

        var update =
                db.selectFrom(STATUS_UPDATE).orderBy(STATUS_UPDATE.ID).limit(1).fetchSingle();
        var other = update.getRag() == Rag.AMBER ? Rag.RED : Rag.AMBER;
        db.update(STATUS_UPDATE)
                .set(STATUS_UPDATE.RAG, other)
                .where(STATUS_UPDATE.ID.eq(update.getId()))
                .execute();
        var rag = db.select(STATUS_UPDATE.RAG, DSL.field("{0}", String.class, STATUS_UPDATE.RAG))
                .from(STATUS_UPDATE)
                .where(STATUS_UPDATE.ID.eq(update.getId()))
                .fetchSingle();
        assertThat(rag.value1()).isEqualTo(other);
        assertThat(rag.value2()).isEqualTo(other.name());
    }
}
