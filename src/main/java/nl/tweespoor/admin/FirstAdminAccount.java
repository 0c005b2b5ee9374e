package nl.tweespoor.admin;

import java.util.Set;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The very first account of a new installation: an admin (and leader), created only while there is no user at all. */
@Component
class FirstAdminAccount {

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    FirstAdminAccount(UserRepository repository, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    /** Creates the admin and audits it; false when any user exists already (then nothing changes). */
    @Transactional
    boolean createIfNoUsers(String username, String password, boolean mustChangePassword) {
        // Two instances starting on one new database at once: only the first creates the admin.
        repository.lockAdminChanges();
        if (repository.anyUserExists()) {
            return false;
        }
        var name = AccountRules.username(username);
        AccountRules.password(password);
        var user = repository.newRecord();
        user.setUsername(name);
        user.setDisplayName("Administrator");
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setMustChangePassword(mustChangePassword);
        user.store();
        user.refresh();
        var roles = Set.of(Role.ADMIN, Role.LEADER);
        repository.replaceRoles(user.getId(), roles);
        auditLog.record(new AuditEntry("USER_CREATED", "app_user", user.getId(), null,
                "First admin created: " + name, null, UserSnapshot.of(user, roles)));
        return true;
    }
}
