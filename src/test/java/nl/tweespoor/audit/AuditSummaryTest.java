package nl.tweespoor.audit;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A long summary (it quotes what users typed) is cut to the column, never through the middle of an emoji. */
@Transactional
@WithUserDetails("leader")
class AuditSummaryTest extends DatabaseTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext db;

    @Test
    void a_summary_longer_than_its_column_is_cut_between_characters() {
        auditLog.record(new AuditEntry("TEST_EVENT", "test", null, null, "😀".repeat(300), null, null));

        var stored = db.select(AUDIT_EVENT.SUMMARY)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("TEST_EVENT"))
                .fetchSingle(AUDIT_EVENT.SUMMARY);
        assertThat(stored).endsWith("...").startsWith("😀😀").doesNotContain("?");
        var cut = stored.substring(0, stored.length() - 3);
        assertThat(cut.codePoints().allMatch(c -> c == "😀".codePointAt(0)))
                .as(cut)
                .isTrue();
        assertThat(stored.length()).isLessThanOrEqualTo(500);
    }
}
