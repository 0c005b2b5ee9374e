package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.LineEdit;
import nl.tweespoor.budget.ReserveOverride;
import nl.tweespoor.budget.ReserveRefusedException;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo story's redesign reserve: this year optimising has 20,000 of room left, so one more quarter's optimise
 * plan (Fraudedetectie bij schademeldingen) is refused; one plan was let through past it earlier, with a reason,
 * and the audit log tells the reserve's story.
 */
@Transactional
@WithUserDetails("leader")
class DemoReserveTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    ReserveService reserves;

    @Autowired
    BudgetService budgets;

    @Autowired
    DSLContext db;

    @Test
    void this_year_optimising_has_the_storys_room_left_and_redesign_uses_part_of_the_reserve() {
        var reserve = reserves.reserve(YEAR);

        assertThat(reserve.amount()).isPositive();
        assertThat(reserve.optimiseRoom()).isEqualByComparingTo(RedesignReserve.ROOM);
        assertThat(reserve.overrides()).isEqualTo(1);
        assertThat(reserve.usedByRedesign()).isPositive();
    }

    @Test
    void one_more_quarter_of_fraud_detection_is_refused_with_the_room_left() {
        long fraud = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Fraudedetectie bij schademeldingen"))
                .fetchSingle()
                .value1();
        var line = budgets.itemLines(fraud, YEAR).getLast();
        var edit = new LineEdit(
                line.quarter(), line.planned().add(new BigDecimal("25000")), line.actual(), line.version());

        assertThatThrownBy(() -> budgets.saveLines(fraud, List.of(edit)))
                .isInstanceOfSatisfying(
                        ReserveRefusedException.class,
                        refused -> assertThat(refused.roomLeft()).isEqualByComparingTo(RedesignReserve.ROOM));
    }

    @Test
    void the_override_in_the_past_has_its_reason_and_the_audit_log_tells_the_reserves_story() {
        var override = reserves.overrides(YEAR, 0, 10).getFirst();

        assertThat(override)
                .extracting(ReserveOverride::title, ReserveOverride::reason, ReserveOverride::decidedBy)
                .containsExactly("Automatische polisacceptatie", RedesignReserve.REASON, "Lotte Jansen");
        assertThat(override.decidedAt()).isBefore(OffsetDateTime.now());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("RESERVE_SET")))
                .isEqualTo(2);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("RESERVE_OVERRIDDEN")))
                .isEqualTo(1);
    }
}
