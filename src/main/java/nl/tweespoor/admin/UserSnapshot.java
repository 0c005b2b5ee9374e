package nl.tweespoor.admin;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tweespoor.security.Role;
import org.jooq.tools.json.JSONValue;
import org.jspecify.annotations.Nullable;

/** An account's audit state: its fields and roles, never the password hash (nor login counters). */
final class UserSnapshot {

    private UserSnapshot() {}

    /** The columns' names as keys, as the other audit snapshots have them. */
    static String of(Account user, Set<Role> roles) {
        var state = new LinkedHashMap<String, @Nullable Object>();
        state.put("id", user.id());
        state.put("username", user.username());
        state.put("display_name", user.displayName());
        state.put("email", user.email());
        state.put("roles", roles.stream().sorted().map(Role::name).collect(Collectors.joining(", ")));
        state.put("active", user.active());
        state.put("must_change_password", user.mustChangePassword());
        state.put("version", user.version());
        return JSONValue.toJSONString(state);
    }
}
