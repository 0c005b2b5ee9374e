package nl.tweespoor.governance;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.export.Spreadsheets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Items × principles, so leaders see at a glance where the norms are not met. Everyone may read it. */
@Service
public class MatrixService {

    private final MatrixRepository repository;
    private final PrincipleRepository principles;
    private final PortfolioCache cache;
    private final Spreadsheets spreadsheets;
    private final AuditLog auditLog;

    MatrixService(
            MatrixRepository repository,
            PrincipleRepository principles,
            PortfolioCache cache,
            Spreadsheets spreadsheets,
            AuditLog auditLog) {
        this.repository = repository;
        this.principles = principles;
        this.cache = cache;
        this.spreadsheets = spreadsheets;
        this.auditLog = auditLog;
    }

    /**
     * Writes the matrix under its filter — one row per item, one column per active principle with the result in the
     * user's language — streamed from the database, and records the export. Anyone signed in reads the matrix.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void export(MatrixFilter filter, ExportFormat format, Locale locale, OutputStream out) {
        var layout = MatrixExport.layout(principles.active());
        long rows;
        try (var items = repository.export(filter)) {
            rows = spreadsheets.write(format, layout, items, locale, out);
        }
        auditLog.recordExport("principles-matrix", format.name(), rows, filter.toString());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MatrixRow> page(MatrixFilter filter, int offset, int limit) {
        return repository.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(MatrixFilter filter) {
        // Counting runs over every active item; the dashboard asks for the open points on every view.
        return cache.get(List.of("matrix-count", filter), () -> repository.count(filter));
    }
}
