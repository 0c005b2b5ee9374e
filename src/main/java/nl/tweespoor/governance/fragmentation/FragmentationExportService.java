package nl.tweespoor.governance.fragmentation;

import java.io.OutputStream;
import java.util.Locale;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.export.Spreadsheets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The fragmentation radar as a download: everyone who reads the radar may export it. */
@Service
public class FragmentationExportService {

    private final FragmentationExportQueries queries;
    private final Spreadsheets spreadsheets;
    private final AuditLog auditLog;

    FragmentationExportService(FragmentationExportQueries queries, Spreadsheets spreadsheets, AuditLog auditLog) {
        this.queries = queries;
        this.spreadsheets = spreadsheets;
        this.auditLog = auditLog;
    }

    /**
     * Writes one row per member of every group the radar lists (accepted groups only when asked for, as on the
     * radar), streamed from the database in the user's language, and records the export.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void export(boolean includeAccepted, ExportFormat format, Locale locale, OutputStream out) {
        long rows;
        try (var members = queries.members(includeAccepted)) {
            rows = spreadsheets.write(format, FragmentationExport.LAYOUT, members, locale, out);
        }
        auditLog.recordExport("fragmentation-groups", format.name(), rows, "includeAccepted=" + includeAccepted);
    }
}
