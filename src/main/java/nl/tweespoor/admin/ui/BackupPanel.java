package nl.tweespoor.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import nl.tweespoor.backup.BackupService;

/** Download of a backup of the whole (embedded) database, one consistent snapshot as a zip. */
class BackupPanel extends VerticalLayout {

    BackupPanel(BackupService backup) {
        setPadding(false);
        DownloadHandler download = event -> {
            event.setFileName(backup.fileName());
            event.setContentType("application/zip");
            try (var out = event.getOutputStream()) {
                backup.write(out);
            }
        };
        var link = new Anchor(download, getTranslation("admin.backup.download"));
        link.getElement().setAttribute("download", true);
        link.setId("backup-download");
        link.addClassName("button-link");
        add(new H2(getTranslation("admin.backup.title")), new Paragraph(getTranslation("admin.backup.help")), link);
    }
}
