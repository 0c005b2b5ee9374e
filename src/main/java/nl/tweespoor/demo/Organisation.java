package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.USER_ROLE;

import java.util.List;
import java.util.Objects;
import nl.tweespoor.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The insurer's name, its departments and the demo accounts (password {@code demo}), one per role. */
final class Organisation extends Chapter {

    private final PasswordEncoder passwordEncoder;

    Organisation(Story story, PasswordEncoder passwordEncoder) {
        super(story);
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    void tell() {
        users();
        organisation();
    }

    private void users() {
        var hash = passwordEncoder.encode("demo");
        user("admin", "Ahmed El Amrani", hash, Role.ADMIN);
        user("leader", "Lotte Jansen", hash, Role.LEADER);
        user("manager", "Mark de Vries", hash, Role.PROGRAMME_MANAGER);
        user("manager2", "Sanne Bakker", hash, Role.PROGRAMME_MANAGER);
        user("viewer", "Victor Smit", hash, Role.VIEWER);
    }

    private void user(String username, String name, String hash, Role role) {
        long id = Objects.requireNonNull(db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, name)
                .set(APP_USER.EMAIL, username + "@noordzee.example")
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.LOCALE, "nl")
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID));
        db.insertInto(USER_ROLE)
                .set(USER_ROLE.USER_ID, id)
                .set(USER_ROLE.ROLE, role.name())
                .execute();
        users.put(username, id);
    }

    private void organisation() {
        db.update(APP_SETTING)
                .set(APP_SETTING.ORGANISATION_NAME, "Noordzee Verzekeringen")
                .where(APP_SETTING.ID.eq(1))
                .execute();
        for (var name :
                List.of("Klantenservice", "Schadebehandeling", "HR", "Finance", "Operations", "IT", "Marketing")) {
            departments.put(
                    name,
                    db.insertInto(DEPARTMENT)
                            .set(DEPARTMENT.NAME, name)
                            .returning(DEPARTMENT.ID)
                            .fetchSingle(DEPARTMENT.ID));
        }
    }
}
