package nl.tweespoor.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a backup zip holds besides the rows: its format, the Flyway schema version the rows belong to, and the tables
 * in foreign-key order (referenced tables first) with their columns and row counts. Rows are in
 * {@code data/<table>.copy}, in PostgreSQL's COPY text format.
 */
record BackupManifest(String schemaVersion, List<Table> tables) {

    static final String ENTRY = "manifest.properties";
    static final String FORMAT = "tweespoor-backup-1";

    record Table(String name, List<String> columns, long rows) {

        String entry() {
            return "data/" + name + ".copy";
        }

        String columnList() {
            return String.join(
                    ", ", columns.stream().map(column -> '"' + column + '"').toList());
        }
    }

    void write(OutputStream out) throws IOException {
        var properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("schema.version", schemaVersion);
        properties.setProperty(
                "tables", String.join(",", tables.stream().map(Table::name).toList()));
        for (var table : tables) {
            properties.setProperty("table." + table.name() + ".columns", String.join(",", table.columns()));
            properties.setProperty("table." + table.name() + ".rows", Long.toString(table.rows()));
        }
        properties.store(out, "Tweespoor backup");
    }

    static BackupManifest read(InputStream in) throws IOException {
        var properties = new Properties();
        properties.load(in);
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new IOException("Not a Tweespoor backup (format " + properties.getProperty("format") + ")");
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (var name : properties.getProperty("tables", "").split(",")) {
            if (!name.isBlank()) {
                tables.put(
                        name,
                        new Table(
                                name,
                                Arrays.asList(properties
                                        .getProperty("table." + name + ".columns")
                                        .split(",")),
                                Long.parseLong(properties.getProperty("table." + name + ".rows"))));
            }
        }
        return new BackupManifest(properties.getProperty("schema.version"), List.copyOf(tables.values()));
    }
}
