package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.RESERVE_OVERRIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SinceTheStory;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 13, the ring-fenced redesign reserve: optimise plans may not eat into it without a leader's override. */
@Transactional
@WithUserDetails("leader")
class ReserveServiceTest extends DatabaseTest {

    /** A year without demo budget: envelopes 10,000, reserve 3,000, so optimising may plan 7,000. */
    private static final int YEAR = Year.now().getValue() + 5;

    private static final String OPTIMISE = "Fraudedetectie bij schademeldingen";
    private static final String REDESIGN = "Schadereis opnieuw ontworpen met AI";

    @Autowired
    BudgetService budgets;

    @Autowired
    ReserveService reserves;

    @Autowired
    DSLContext db;

    private void envelopesAndReserve() {
        budgets.setEnvelope(Track.STRATEGIC, YEAR, new BigDecimal("8000"), 0);
        budgets.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("2000"), 0);
        reserves.setReserve(YEAR, new BigDecimal("3000"), 0);
    }

    @Test
    void an_optimise_plan_up_to_the_room_is_saved_and_one_euro_more_is_refused_with_the_room_left() {
        envelopesAndReserve();
        plan(OPTIMISE, "Q1", "7000");

        assertThatThrownBy(() -> plan(OPTIMISE, "Q2", "1"))
                .isInstanceOfSatisfying(ReserveRefusedException.class, refused -> {
                    assertThat(refused.year()).isEqualTo(YEAR);
                    assertThat(refused.roomLeft()).isEqualByComparingTo("0");
                });
        assertThat(planned(OPTIMISE, "Q2")).isEqualByComparingTo("0");
        var reserve = reserves.reserve(YEAR);
        assertThat(reserve.optimisePlanned()).isEqualByComparingTo("7000");
        assertThat(reserve.optimiseRoom()).isEqualByComparingTo("0");
    }

    @Test
    void a_refused_plan_tells_how_much_room_is_left() {
        envelopesAndReserve();
        plan(OPTIMISE, "Q1", "2500");

        assertThatThrownBy(() -> plan(OPTIMISE, "Q3", "4500.01"))
                .isInstanceOfSatisfying(
                        ReserveRefusedException.class,
                        refused -> assertThat(refused.roomLeft()).isEqualByComparingTo("4500"));
    }

    @Test
    void a_leaders_override_with_a_reason_lets_the_plan_through_recorded_and_audited() {
        envelopesAndReserve();
        plan(OPTIMISE, "Q1", "7000");

        budgets.saveLinesOverridingReserve(id(OPTIMISE), List.of(edit(OPTIMISE, "Q2", "500")), "  Wettelijke eis  ");

        assertThat(planned(OPTIMISE, "Q2")).isEqualByComparingTo("500");
        var stored = db.selectFrom(RESERVE_OVERRIDE)
                .where(RESERVE_OVERRIDE.YEAR.eq(YEAR))
                .fetchSingle();
        assertThat(stored.getReason()).isEqualTo("Wettelijke eis");
        assertThat(stored.getPlanned()).isEqualByComparingTo("500");
        assertThat(stored.getRoomLeft()).isEqualByComparingTo("0");
        assertThat(reserves.reserve(YEAR).overrides()).isEqualTo(1);
        assertThat(reserves.overrides(YEAR, 0, 10)).singleElement().satisfies(o -> {
            assertThat(o.title()).isEqualTo(OPTIMISE);
            assertThat(o.decidedBy()).isEqualTo("Lotte Jansen");
        });
        assertThat(db.fetchCount(
                        AUDIT_EVENT, AUDIT_EVENT.KIND.eq("RESERVE_OVERRIDDEN").and(SinceTheStory.auditEvents())))
                .isEqualTo(1);
    }

    @Test
    void an_override_needs_a_reason() {
        envelopesAndReserve();
        plan(OPTIMISE, "Q1", "7000");

        assertThatThrownBy(() ->
                        budgets.saveLinesOverridingReserve(id(OPTIMISE), List.of(edit(OPTIMISE, "Q2", "500")), " "))
                .isInstanceOf(InvalidInputException.class)
                .isNotInstanceOf(ReserveRefusedException.class);
        assertThat(planned(OPTIMISE, "Q2")).isEqualByComparingTo("0");
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_can_neither_override_nor_set_the_reserve() {
        assertThatThrownBy(() ->
                        budgets.saveLinesOverridingReserve(id(OPTIMISE), List.of(edit(OPTIMISE, "Q2", "500")), "Graag"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reserves.setReserve(YEAR, new BigDecimal("1"), 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void redesign_plans_and_lowered_optimise_plans_are_never_refused() {
        envelopesAndReserve();
        plan(REDESIGN, "Q1", "9999");
        plan(OPTIMISE, "Q1", "7000");
        budgets.saveLinesOverridingReserve(id(OPTIMISE), List.of(edit(OPTIMISE, "Q2", "2000")), "Noodzakelijk");

        plan(OPTIMISE, "Q2", "1500");

        assertThat(planned(OPTIMISE, "Q2")).isEqualByComparingTo("1500");
        assertThat(planned(REDESIGN, "Q1")).isEqualByComparingTo("9999");
    }

    @Test
    void the_reserve_is_never_above_the_envelopes_and_is_saved_against_the_version_seen() {
        envelopesAndReserve();
        assertThatThrownBy(() -> reserves.setReserve(YEAR, new BigDecimal("10000.01"), 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reserves.setReserve(YEAR, new BigDecimal("-1"), 1))
                .isInstanceOf(InvalidInputException.class);
        reserves.setReserve(YEAR, new BigDecimal("4000"), 1);
        assertThatThrownBy(() -> reserves.setReserve(YEAR, new BigDecimal("5000"), 1))
                .isInstanceOf(ConcurrentEditException.class);

        var reserve = reserves.reserve(YEAR);
        assertThat(reserve.amount()).isEqualByComparingTo("4000");
        assertThat(reserve.version()).isEqualTo(2);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("RESERVE_SET").and(SinceTheStory.auditEvents())))
                .isEqualTo(2);
    }

    @Test
    void redesign_plans_use_the_reserve_and_the_rest_of_it_is_free() {
        envelopesAndReserve();
        plan(REDESIGN, "Q1", "1200");

        var reserve = reserves.reserve(YEAR);

        assertThat(reserve.usedByRedesign()).isEqualByComparingTo("1200");
        assertThat(reserve.free()).isEqualByComparingTo("1800");
        assertThat(reserve.envelopes()).isEqualByComparingTo("10000");
    }

    private void plan(String title, String quarter, String amount) {
        budgets.saveLines(id(title), List.of(edit(title, quarter, amount)));
    }

    private LineEdit edit(String title, String quarter, String amount) {
        var line = budgets.itemLines(id(title), YEAR).stream()
                .filter(l -> l.quarter().equals(YEAR + "-" + quarter))
                .findFirst()
                .orElseThrow();
        return new LineEdit(line.quarter(), new BigDecimal(amount), line.actual(), line.version());
    }

    private BigDecimal planned(String title, String quarter) {
        return budgets.itemLines(id(title), YEAR).stream()
                .filter(l -> l.quarter().equals(YEAR + "-" + quarter))
                .findFirst()
                .orElseThrow()
                .planned();
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
    }
}
