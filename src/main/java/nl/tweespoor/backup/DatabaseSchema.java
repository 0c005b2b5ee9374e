package nl.tweespoor.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The app's tables as the catalog describes them: names in foreign-key order, columns, Flyway's schema version. */
final class DatabaseSchema {

    static final String FLYWAY_TABLE = "flyway_schema_history";

    private DatabaseSchema() {}

    /** Tables of the public schema, each after the tables it references (Flyway's own history left out). */
    static List<String> tablesInForeignKeyOrder(Connection connection) throws SQLException {
        var tables = strings(
                connection,
                "select relname from pg_class where relnamespace = 'public'::regnamespace"
                        + " and relkind = 'r' and relname <> '" + FLYWAY_TABLE + "' order by relname");
        Map<String, Set<String>> references = new HashMap<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "select conrelid::regclass::text, confrelid::regclass::text from pg_constraint"
                                + " where contype = 'f' and connamespace = 'public'::regnamespace")) {
            while (result.next()) {
                references
                        .computeIfAbsent(unquote(result.getString(1)), t -> new LinkedHashSet<>())
                        .add(unquote(result.getString(2)));
            }
        }
        var ordered = new LinkedHashSet<String>();
        for (var table : tables) {
            visit(table, references, ordered, new LinkedHashSet<>());
        }
        ordered.retainAll(tables);
        return List.copyOf(ordered);
    }

    static List<String> columns(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement("select attname from pg_attribute"
                + " where attrelid = ('public.' || quote_ident(?))::regclass and attnum > 0 and not attisdropped"
                + " and attgenerated = '' order by attnum")) {
            statement.setString(1, table);
            try (var result = statement.executeQuery()) {
                var columns = new ArrayList<String>();
                while (result.next()) {
                    columns.add(result.getString(1));
                }
                return columns;
            }
        }
    }

    static String schemaVersion(Connection connection) throws SQLException {
        var versions = strings(
                connection,
                "select version from " + FLYWAY_TABLE
                        + " where success and version is not null order by installed_rank desc limit 1");
        if (versions.isEmpty()) {
            throw new SQLException("The database has no Flyway schema version");
        }
        return versions.getFirst();
    }

    private static void visit(
            String table, Map<String, Set<String>> references, Set<String> ordered, Set<String> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return; // done, or a cycle (a self-reference): rows are loaded with triggers off anyway
        }
        for (var referenced : references.getOrDefault(table, Set.of())) {
            visit(referenced, references, ordered, path);
        }
        ordered.add(table);
    }

    private static String unquote(String name) {
        var simple = name.startsWith("public.") ? name.substring("public.".length()) : name;
        return simple.startsWith("\"")
                ? simple.substring(1, simple.length() - 1).replace("\"\"", "\"")
                : simple;
    }

    static List<String> strings(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
