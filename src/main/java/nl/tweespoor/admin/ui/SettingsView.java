package nl.tweespoor.admin.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.admin.SettingsService;
import nl.tweespoor.backup.BackupService;

/** The organisation-wide settings and the departments, for admins. */
@Route("admin/settings")
@Menu(title = "menu.admin-settings", order = 11, icon = "vaadin:cog")
@RolesAllowed("ADMIN")
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    public SettingsView(SettingsService settings, DepartmentService departments, BackupService backup) {
        addClassName("list-view");
        setMaxWidth("60rem");
        add(new OrganisationSettingsForm(settings), new DepartmentsPanel(departments));
        if (backup.mayOfferDownload()) {
            add(new BackupPanel(backup));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin-settings");
    }
}
