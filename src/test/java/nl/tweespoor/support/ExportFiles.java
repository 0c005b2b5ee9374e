package nl.tweespoor.support;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.tweespoor.db.tables.records.AuditEventRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;

/** Reads an export back, as the user's spreadsheet program would: the workbook with POI, the csv with Commons CSV. */
public final class ExportFiles {

    private ExportFiles() {}

    public static XSSFWorkbook xlsx(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest EXPORTED audit event: the one the export just written recorded. */
    public static AuditEventRecord lastExportEvent(DSLContext db) {
        return db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("EXPORTED"))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(1)
                .fetchSingle();
    }

    /** The records of a csv after its byte order mark, which every export starts with. */
    public static List<CSVRecord> csv(byte[] bytes, char delimiter) {
        var text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no byte order mark");
        }
        var format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(delimiter)
                .get();
        try (var parser = format.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
