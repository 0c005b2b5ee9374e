package nl.tweespoor.base;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.springframework.stereotype.Component;

/**
 * Reads the organisation-wide settings (app_setting) once per request, however many services of one view ask for
 * them. Any statement through jOOQ that writes app_setting ({@link Writes}, registered in JooqConfig) makes the rest
 * of the request read afresh; {@link #changed()} does the same for a write jOOQ does not see. Writers lock and
 * store the row itself; this is the read side only.
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

    /** Sees every statement that writes app_setting (a record's store, an update, plain SQL) and forgets the row. */
    public static final class Writes implements ExecuteListener {

        @Override
        public void executeStart(ExecuteContext ctx) {
            var sql = ctx.sql();
            if (ctx.type() != ExecuteType.READ && sql != null && sql.contains("app_setting")) {
                CURRENT.forget();
            }
        }
    }
}
