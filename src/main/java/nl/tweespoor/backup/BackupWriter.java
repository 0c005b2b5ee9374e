package nl.tweespoor.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;

/**
 * Writes every table of one snapshot into a zip: a single REPEATABLE READ, READ ONLY transaction, so all tables show
 * the same moment, and COPY ... TO STDOUT per table.
 */
final class BackupWriter {

    private BackupWriter() {}

    /** Returns the manifest written. The connection's transaction settings are restored by the pool. */
    static BackupManifest write(Connection connection, OutputStream out) throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var zip = new ZipOutputStream(out);
            // The snapshot is taken by the transaction's first statement: read the version inside it.
            var version = DatabaseSchema.schemaVersion(connection);
            var tables = new ArrayList<BackupManifest.Table>();
            for (var name : DatabaseSchema.tablesInForeignKeyOrder(connection)) {
                var table = new BackupManifest.Table(name, DatabaseSchema.columns(connection, name), 0);
                zip.putNextEntry(new ZipEntry(table.entry()));
                var rows = copy.copyOut(
                        "copy public.\"" + name + "\" (" + table.columnList() + ") to stdout", new KeepOpen(zip));
                zip.closeEntry();
                tables.add(new BackupManifest.Table(name, table.columns(), rows));
            }
            var manifest = new BackupManifest(version, tables);
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            manifest.write(new KeepOpen(zip));
            zip.closeEntry();
            zip.finish();
            return manifest;
        } finally {
            connection.rollback();
        }
    }

    /** Lets COPY and Properties write into a zip entry without closing the zip. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
