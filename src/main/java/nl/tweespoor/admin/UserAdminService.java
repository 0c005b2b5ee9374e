package nl.tweespoor.admin;

import java.util.List;
import java.util.Set;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.PasswordPolicy;
import nl.tweespoor.security.Role;
import nl.tweespoor.security.UserSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts, kept by admins (PRODUCT.md §3). The organisation never loses its last active admin, and an admin
 * cannot lock themselves out.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    private final UserRepository repository;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final AuditLog auditLog;

    UserAdminService(
            UserRepository repository,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            UserSessions sessions,
            AuditLog auditLog) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<UserRow> page(String filter, int offset, int limit) {
        return repository.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(String filter) {
        return repository.count(filter);
    }

    /** The signed-in admin's own account id, so the view can hide what they may not do to themselves. */
    @Transactional(readOnly = true)
    public long ownId() {
        return currentUser.require().id();
    }

    @Transactional
    public long create(NewUser draft) {
        var username = AccountRules.username(draft.username());
        var displayName = AccountRules.displayName(draft.displayName());
        var email = AccountRules.email(draft.email());
        var roles = AccountRules.roles(draft.roles());
        PasswordPolicy.check(draft.initialPassword(), username);
        if (repository.usernameTaken(username)) {
            throw new InvalidInputException("admin.user.username-taken", username);
        }
        var user = repository.insert(username, displayName, email, passwordEncoder.encode(draft.initialPassword()));
        repository.replaceRoles(user.id(), roles);
        record("USER_CREATED", user, "User created: " + username, null, UserSnapshot.of(user, roles));
        return user.id();
    }

    @Transactional
    public void update(long id, int expectedVersion, UserChanges changes) {
        var user = repository.current(id, expectedVersion);
        var rolesBefore = repository.rolesOf(id);
        var before = UserSnapshot.of(user, rolesBefore);
        var displayName = AccountRules.displayName(changes.displayName());
        var email = AccountRules.email(changes.email());
        var roles = AccountRules.roles(changes.roles());
        boolean losesAdmin = rolesBefore.contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        if (losesAdmin) {
            refuseIfSelf(id, "admin.user.cannot-drop-own-admin");
            refuseIfLastAdmin(user, "admin.user.last-admin-role");
        }
        var updated = repository.update(id, expectedVersion, displayName, email);
        repository.replaceRoles(id, roles);
        record("USER_UPDATED", updated, "User edited: " + updated.username(), before, UserSnapshot.of(updated, roles));
        if (!roles.equals(rolesBefore) && id != ownId()) {
            // New roles take effect at the next sign-in; ending the sessions makes that now.
            sessions.endSessionsOf(updated.username());
        }
    }

    @Transactional
    public void deactivate(long id, int expectedVersion) {
        var user = repository.current(id, expectedVersion);
        refuseIfSelf(id, "admin.user.cannot-deactivate-self");
        var roles = repository.rolesOf(id);
        if (roles.contains(Role.ADMIN)) {
            refuseIfLastAdmin(user, "admin.user.last-admin-active");
        }
        setActive(user, expectedVersion, roles, false);
        sessions.endSessionsOf(user.username());
    }

    @Transactional
    public void reactivate(long id, int expectedVersion) {
        var user = repository.current(id, expectedVersion);
        setActive(user, expectedVersion, repository.rolesOf(id), true);
    }

    /** Sets a temporary password that the user must replace at their next sign-in; their sessions end. */
    @Transactional
    public void resetPassword(long id, int expectedVersion, String temporaryPassword) {
        var user = repository.current(id, expectedVersion);
        PasswordPolicy.check(temporaryPassword, user.username());
        var roles = repository.rolesOf(id);
        var before = UserSnapshot.of(user, roles);
        var updated = repository.setPassword(id, expectedVersion, passwordEncoder.encode(temporaryPassword), true);
        record(
                "USER_PASSWORD_RESET",
                updated,
                "Password reset: " + updated.username(),
                before,
                UserSnapshot.of(updated, roles));
        if (id != ownId()) {
            sessions.endSessionsOf(updated.username());
        }
    }

    private void setActive(Account user, int expectedVersion, Set<Role> roles, boolean active) {
        if (user.active() == active) {
            return;
        }
        var before = UserSnapshot.of(user, roles);
        var updated = repository.setActive(user.id(), expectedVersion, active);
        record(
                active ? "USER_REACTIVATED" : "USER_DEACTIVATED",
                updated,
                (active ? "User reactivated: " : "User deactivated: ") + updated.username(),
                before,
                UserSnapshot.of(updated, roles));
    }

    private void refuseIfSelf(long id, String messageKey) {
        if (id == ownId()) {
            throw new InvalidInputException(messageKey);
        }
    }

    private void refuseIfLastAdmin(Account user, String messageKey) {
        repository.lockAdminChanges();
        if (user.active() && repository.activeAdminsOtherThan(user.id()) == 0) {
            throw new InvalidInputException(messageKey);
        }
    }

    private void record(String kind, Account user, String summary, @Nullable String before, @Nullable String after) {
        auditLog.record(new AuditEntry(kind, "app_user", user.id(), null, summary, before, after));
    }
}
