package nl.tweespoor.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.admin.OrganisationSettings;
import nl.tweespoor.admin.SettingsService;
import nl.tweespoor.base.ui.Actions;

/** Organisation name, stale threshold, session timeout and hours per FTE; a concurrent save is refused and the input stays. */
class OrganisationSettingsForm extends VerticalLayout {

    private final SettingsService service;
    private final TextField name = new TextField();
    private final IntegerField staleDays = new IntegerField();
    private final IntegerField timeout = new IntegerField();
    private final IntegerField hoursPerFte = new IntegerField();
    private int version;

    OrganisationSettingsForm(SettingsService service) {
        this.service = service;
        setPadding(false);
        name.setLabel(getTranslation("field.organisation-name"));
        name.setHelperText(getTranslation("admin.settings.name-help"));
        name.setRequired(true);
        name.setMaxLength(OrganisationSettings.MAX_NAME);
        name.setId("settings-name");
        staleDays.setLabel(getTranslation("field.stale-after-days"));
        staleDays.setHelperText(getTranslation("admin.settings.stale-help"));
        staleDays.setMin(SettingsService.MIN_STALE_DAYS);
        staleDays.setMax(SettingsService.MAX_STALE_DAYS);
        staleDays.setStepButtonsVisible(true);
        staleDays.setRequiredIndicatorVisible(true);
        staleDays.setId("settings-stale-days");
        timeout.setLabel(getTranslation("field.session-timeout"));
        timeout.setHelperText(getTranslation("admin.settings.timeout-help"));
        timeout.setMin(SettingsService.MIN_TIMEOUT);
        timeout.setMax(SettingsService.MAX_TIMEOUT);
        timeout.setStepButtonsVisible(true);
        timeout.setRequiredIndicatorVisible(true);
        timeout.setId("settings-timeout");
        hoursPerFte.setLabel(getTranslation("field.hours-per-fte"));
        hoursPerFte.setHelperText(getTranslation("admin.settings.hours-per-fte-help"));
        hoursPerFte.setMin(SettingsService.MIN_HOURS_PER_FTE);
        hoursPerFte.setMax(SettingsService.MAX_HOURS_PER_FTE);
        hoursPerFte.setRequiredIndicatorVisible(true);
        hoursPerFte.setId("settings-hours-per-fte");
        var form = new FormLayout(name, staleDays, timeout, hoursPerFte);
        form.setColspan(name, 2);
        var save = new Button(
                getTranslation("action.save"),
                e -> Actions.attempt(
                        () -> version = service.save(new OrganisationSettings(
                                name.getValue(),
                                staleDays.getValue(),
                                timeout.getValue(),
                                hoursPerFte.getValue(),
                                version)),
                        getTranslation("message.saved")));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save");
        add(new H2(getTranslation("admin.settings.organisation")), form, save);
        load();
    }

    private void load() {
        var settings = service.settings();
        name.setValue(settings.organisationName());
        staleDays.setValue(settings.staleAfterDays());
        timeout.setValue(settings.sessionTimeoutMinutes());
        hoursPerFte.setValue(settings.hoursPerFte());
        version = settings.version();
    }
}
