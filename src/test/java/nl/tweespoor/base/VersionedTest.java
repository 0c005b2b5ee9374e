package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import nl.tweespoor.db.tables.records.BudgetEnvelopeRecord;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class VersionedTest extends DatabaseTest {

    @Autowired
    DSLContext db;

    @Test
    void a_row_someone_else_created_a_moment_earlier_is_a_concurrent_edit_not_a_crash() {
        var first = envelope(2099);
        Versioned.store(first);

        assertThatThrownBy(() -> Versioned.store(envelope(2099))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_save_over_a_replaced_version_is_a_concurrent_edit() {
        var row = envelope(2098);
        Versioned.store(row);
        var stale = db.selectFrom(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.ID.eq(row.getId()))
                .fetchSingle();
        row.setAmount(new BigDecimal("2"));
        Versioned.store(row);

        stale.setAmount(new BigDecimal("3"));
        assertThatThrownBy(() -> Versioned.store(stale)).isInstanceOf(ConcurrentEditException.class);
        assertThat(db.select(BUDGET_ENVELOPE.AMOUNT)
                        .from(BUDGET_ENVELOPE)
                        .where(BUDGET_ENVELOPE.ID.eq(row.getId()))
                        .fetchSingle()
                        .value1())
                .isEqualByComparingTo("2");
    }

    @Test
    void a_row_where_the_user_saw_none_is_a_concurrent_edit_and_the_seen_version_is_not() {
        assertThat(Versioned.currentOrNone(Optional.<BudgetEnvelopeRecord>empty(), 0))
                .isEmpty();
        var row = envelope(2097);
        Versioned.store(row);

        assertThatThrownBy(() -> Versioned.currentOrNone(Optional.of(row), 0))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> Versioned.currentOrNone(Optional.<BudgetEnvelopeRecord>empty(), row.getVersion()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(Versioned.currentOrNone(Optional.of(row), row.getVersion())).containsSame(row);
    }

    private BudgetEnvelopeRecord envelope(int year) {
        var row = db.newRecord(BUDGET_ENVELOPE);
        row.setTrack(Track.PERSONAL);
        row.setYear(year);
        row.setAmount(BigDecimal.ONE);
        return row;
    }
}
