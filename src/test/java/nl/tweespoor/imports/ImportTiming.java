package nl.tweespoor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 14's figures, by hand and never in the build (the name does not end in Test, so surefire only runs it when
 * asked: {@code -Dtest=ImportTiming}): the preview and the commit of 5,000 experiments, each with one budget line,
 * timed once and printed. No timed assertion — the machine is shared; the README keeps the figures and their date.
 */
class ImportTiming extends DatabaseTest {

    static final int ROWS = 5_000;

    @Autowired
    ImportService imports;

    @Test
    @WithUserDetails("leader")
    void preview_and_commit_of_five_thousand_rows_with_a_budget_line_each() {
        // A first, small import warms the code paths up, so the figures are those of a running application.
        imports.preview(Track.PERSONAL, "warm-up.xlsx", file("WARM", 200, true));
        long itemsOnly = System.nanoTime();
        imports.preview(Track.PERSONAL, "zonder-budget.xlsx", file("ALLEEN", ROWS, false));
        System.out.printf(
                "IMPORT TIMING: %d rows without budget lines: preview %.1f s%n",
                ROWS, (System.nanoTime() - itemsOnly) / 1e9);
        var file = file("TIJD", ROWS, true);

        long start = System.nanoTime();
        var preview = imports.preview(Track.PERSONAL, "tijdmeting.xlsx", file);
        long previewed = System.nanoTime();
        assertThat(preview.problems()).isEmpty();
        var result = imports.commit(preview);
        long committed = System.nanoTime();

        assertThat(result.written()).isTrue();
        assertThat(result.rows()).hasSize(ROWS);
        System.out.printf(
                "IMPORT TIMING: %d rows + %d budget lines: preview %.1f s, commit %.1f s%n",
                ROWS, preview.lines().size(), (previewed - start) / 1e9, (committed - previewed) / 1e9);
    }

    private static byte[] file(String prefix, int rows, boolean withLines) {
        var items = new ArrayList<List<Object>>();
        var lines = new ArrayList<List<Object>>();
        items.add(List.of("Referentie", "Titel", "Afdeling", "Ambitie", "Tevredenheid"));
        lines.add(ImportBudgetTest.LINES_HEADER);
        for (int i = 1; i <= rows; i++) {
            items.add(List.of(prefix + "-" + i, "Tijdmeting " + prefix + " " + i, "IT", "Herontwerpen", 3));
            lines.add(List.of(prefix + "-" + i, "", ImportBudgetTest.NEXT_YEAR + "-Q" + (1 + i % 4), 100 + i, 0));
        }
        var sheets = new LinkedHashMap<String, List<List<Object>>>();
        sheets.put("Experimenten", items);
        if (withLines) {
            sheets.put("Budgetregels", lines);
        }
        return ImportBudgetTest.workbook(sheets);
    }
}
