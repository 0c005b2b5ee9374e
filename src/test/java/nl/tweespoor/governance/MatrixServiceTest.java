package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The heat map of open items against the principles, filtered by track and department. */
@Transactional
@WithUserDetails("viewer")
class MatrixServiceTest extends DatabaseTest {

    @Autowired
    MatrixService service;

    @Autowired
    DSLContext db;

    @Test
    void each_row_carries_the_items_result_per_principle() {
        var rows = service.page(new MatrixFilter(Track.STRATEGIC, null, false), 0, 50);
        long ethics = db.select(PRINCIPLE.ID)
                .from(PRINCIPLE)
                .where(PRINCIPLE.CODE.eq("ETH-1"))
                .fetchSingle()
                .value1();

        assertThat(rows).extracting(MatrixRow::track).containsOnly(Track.STRATEGIC);
        assertThat(rows)
                .filteredOn(r -> r.title().equals("Fraudedetectie bij schademeldingen"))
                .singleElement()
                .satisfies(r -> assertThat(r.resultFor(ethics)).isEqualTo(AssessmentResult.GAP));
        assertThat(rows)
                .extracting(MatrixRow::stage)
                .doesNotContain(nl.tweespoor.stage.Stage.STOPPED, nl.tweespoor.stage.Stage.COMPLETED);
        assertThat(service.count(new MatrixFilter(Track.STRATEGIC, null, false)))
                .isEqualTo(rows.size());
    }

    @Test
    void the_department_filter_and_only_open_points_narrow_the_rows() {
        long operations = db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq("Operations"))
                .fetchSingle()
                .value1();
        var all = service.page(MatrixFilter.all(), 0, 200);
        var open = service.page(new MatrixFilter(null, null, true), 0, 200);
        var inOperations = service.page(new MatrixFilter(null, operations, false), 0, 200);

        assertThat(inOperations).isNotEmpty().extracting(MatrixRow::department).containsOnly("Operations");
        assertThat(open)
                .hasSizeLessThan(all.size())
                .noneMatch(r -> r.title().equals("Slimme routering van klantvragen"))
                .anyMatch(r -> r.title().equals("Fraudedetectie bij schademeldingen"));
    }
}
