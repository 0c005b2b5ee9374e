package nl.tweespoor.admin;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tweespoor.db.tables.records.AppUserRecord;
import nl.tweespoor.security.Role;
import org.jooq.tools.json.JSONValue;

/** An account's audit state: its fields and roles, never the password hash (nor login counters). */
final class UserSnapshot {

    private UserSnapshot() {}

    /** The columns' names as keys, as the other audit snapshots have them. */
    static String of(AppUserRecord user, Set<Role> roles) {
        var state = new LinkedHashMap<String, Object>();
        state.put("id", user.getId());
        state.put("username", user.getUsername());
        state.put("display_name", user.getDisplayName());
        state.put("email", user.getEmail());
        state.put("roles", roles.stream().sorted().map(Role::name).collect(Collectors.joining(", ")));
        state.put("active", user.getActive());
        state.put("must_change_password", user.getMustChangePassword());
        state.put("version", user.getVersion());
        return JSONValue.toJSONString(state);
    }
}
