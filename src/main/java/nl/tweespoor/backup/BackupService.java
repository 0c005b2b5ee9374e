package nl.tweespoor.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.config.EmbeddedPostgresServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's download of the whole database as one consistent snapshot (see {@link BackupWriter}), restored with
 * {@link RestoreCommand}. Offered for the embedded database; an external PostgreSQL is backed up with pg_dump.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final boolean embedded;
    private final Clock clock;

    BackupService(
            DataSource dataSource,
            AuditLog auditLog,
            PlatformTransactionManager transactions,
            ObjectProvider<EmbeddedPostgresServer> embedded,
            ObjectProvider<Clock> clock) {
        this.dataSource = dataSource;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
        this.embedded = embedded.getIfAvailable() != null;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Whether the download is offered: Tweespoor runs its own database (a probe; the download checks the role). */
    public boolean mayOfferDownload() {
        return embedded;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public String fileName() {
        return "tweespoor-backup-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
    }

    /**
     * Writes the backup zip. The download is audited first, in a transaction of its own, so the event is part of the
     * very backup it records.
     */
    // Streaming pg_dump's output must not hold a transaction open; the audit event has a transaction of its own.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public void write(OutputStream out) {
        transaction.executeWithoutResult(status -> auditLog.record(new AuditEntry(
                "BACKUP_DOWNLOADED", "database", null, null, "Backup of the whole database downloaded", null, null)));
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            BackupWriter.write(connection, out);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not be read from the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
