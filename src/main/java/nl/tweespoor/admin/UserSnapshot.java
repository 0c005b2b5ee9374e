package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.APP_USER;

import java.util.Set;
import java.util.stream.Collectors;
import nl.tweespoor.db.tables.records.AppUserRecord;
import nl.tweespoor.security.Role;
import org.jooq.JSONFormat;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** An account's audit state: its fields and roles, never the password hash (nor login counters). */
final class UserSnapshot {

    private static final JSONFormat AS_OBJECT =
            JSONFormat.DEFAULT_FOR_RECORDS.recordFormat(JSONFormat.RecordFormat.OBJECT);
    private static final org.jooq.Field<String> ROLES = DSL.field(DSL.name("roles"), String.class);

    private UserSnapshot() {}

    static String of(AppUserRecord user, Set<Role> roles) {
        var row = DSL.using(SQLDialect.POSTGRES)
                .newRecord(
                        APP_USER.ID,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.EMAIL,
                        ROLES,
                        APP_USER.ACTIVE,
                        APP_USER.MUST_CHANGE_PASSWORD,
                        APP_USER.VERSION);
        row.values(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                roles.stream().sorted().map(Role::name).collect(Collectors.joining(", ")),
                user.getActive(),
                user.getMustChangePassword(),
                user.getVersion());
        return row.formatJSON(AS_OBJECT);
    }
}
