package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The quarter grid of one item: always the four quarters of the year, zeros with version 0 where nothing is stored. */
@Transactional
@WithUserDetails("viewer")
class ItemLinesTest extends DatabaseTest {

    private static final int YEAR = LocalDate.now().getYear() + 5;

    @Autowired
    BudgetService service;

    @Autowired
    DSLContext db;

    BudgetFixtures fixtures;
    long department;
    long item;

    @BeforeEach
    void anItem() {
        fixtures = new BudgetFixtures(db);
        department = db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .orderBy(DEPARTMENT.ID)
                .limit(1)
                .fetchSingle(DEPARTMENT.ID);
        item = fixtures.experiment("Rooster", "OPTIMISE", department, null, "manager");
    }

    @Test
    void an_item_without_lines_shows_four_zero_quarters_with_version_zero() {
        var lines = service.itemLines(item, YEAR);

        assertThat(lines)
                .extracting(BudgetLine::quarter)
                .containsExactly(YEAR + "-Q1", YEAR + "-Q2", YEAR + "-Q3", YEAR + "-Q4");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.planned()).isEqualByComparingTo("0");
            assertThat(line.actual()).isEqualByComparingTo("0");
            assertThat(line.version()).isZero();
            assertThat(line.overBudget()).isFalse();
        });
    }

    @Test
    void stored_quarters_show_their_amounts_and_version_and_the_others_are_filled_with_zeros() {
        fixtures.line(item, YEAR + "-Q3", "400.00", "450.00");
        fixtures.line(item, YEAR + "-Q1", "100.00", "20.00");
        db.update(BUDGET_LINE)
                .set(BUDGET_LINE.VERSION, 4)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(item), BUDGET_LINE.QUARTER.eq(YEAR + "-Q3"))
                .execute();

        var lines = service.itemLines(item, YEAR);

        assertThat(lines).hasSize(4);
        assertLine(lines.get(0), YEAR + "-Q1", "100.00", "20.00", 1);
        assertLine(lines.get(1), YEAR + "-Q2", "0", "0", 0);
        assertLine(lines.get(2), YEAR + "-Q3", "400.00", "450.00", 4);
        assertLine(lines.get(3), YEAR + "-Q4", "0", "0", 0);
        assertThat(lines).extracting(BudgetLine::overBudget).containsExactly(false, false, true, false);
    }

    @Test
    void lines_of_other_years_and_other_items_stay_out_of_the_grid() {
        fixtures.line(item, (YEAR - 1) + "-Q4", "900.00", "0.00");
        fixtures.line(item, (YEAR + 1) + "-Q1", "800.00", "0.00");
        long other = fixtures.experiment("Ander rooster", "OPTIMISE", department, null, "manager");
        fixtures.line(other, YEAR + "-Q2", "700.00", "0.00");

        assertThat(service.itemLines(item, YEAR))
                .extracting(BudgetLine::planned)
                .allSatisfy(planned -> assertThat(planned).isEqualByComparingTo("0"));
        assertThat(service.itemLines(other, YEAR).get(1).planned()).isEqualByComparingTo("700.00");
    }

    @Test
    @WithUserDetails("leader")
    void the_grid_gives_the_versions_a_save_needs() {
        fixtures.line(item, YEAR + "-Q2", "100.00", "0.00");
        var shown = service.itemLines(item, YEAR);
        var edits = shown.stream()
                .map(l -> new LineEdit(l.quarter(), l.planned().add(BigDecimal.TEN), l.actual(), l.version()))
                .toList();

        service.saveLines(item, edits);

        assertThat(service.itemLines(item, YEAR))
                .extracting(BudgetLine::version)
                .containsExactly(1, 2, 1, 1);
        assertThat(service.itemLines(item, YEAR))
                .extracting(l -> l.planned().toPlainString())
                .containsExactly("10.00", "110.00", "10.00", "10.00");
    }

    private static void assertLine(BudgetLine line, String quarter, String planned, String actual, int version) {
        assertThat(line.quarter()).isEqualTo(quarter);
        assertThat(line.planned()).isEqualByComparingTo(planned);
        assertThat(line.actual()).isEqualByComparingTo(actual);
        assertThat(line.version()).isEqualTo(version);
    }
}
