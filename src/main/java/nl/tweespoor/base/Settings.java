package nl.tweespoor.base;

import org.springframework.stereotype.Component;

/**
 * Reads the organisation-wide settings (app_setting) once per request, however many services of one view ask for
 * them. A service that writes the row calls {@link #changed()} in the same request, so what follows reads afresh.
 * Writers lock and store the row itself; this is the read side only.
 */
@Component
public class Settings {

    private static final PerRequest<AppSettings> CURRENT = PerRequest.named("app-settings");

    private final SettingsQuery query;

    Settings(SettingsQuery query) {
        this.query = query;
    }

    public AppSettings current() {
        return CURRENT.get(query::read);
    }

    /** The settings row was written in this request: read it afresh from now on. */
    public void changed() {
        CURRENT.forget();
    }
}
