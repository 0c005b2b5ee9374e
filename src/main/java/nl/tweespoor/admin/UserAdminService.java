package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.APP_USER;

import java.util.List;
import java.util.Set;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.AppUserRecord;
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
        var user = repository.newRecord();
        user.setUsername(username);
        user.setDisplayName(AccountRules.displayName(draft.displayName()));
        user.setEmail(AccountRules.email(draft.email()));
        var roles = AccountRules.roles(draft.roles());
        PasswordPolicy.check(draft.initialPassword(), username);
        if (repository.usernameTaken(username)) {
            throw new InvalidInputException("admin.user.username-taken", username);
        }
        user.setPasswordHash(passwordEncoder.encode(draft.initialPassword()));
        user.setMustChangePassword(true);
        Versioned.store(user);
        user.refresh();
        repository.replaceRoles(user.getId(), roles);
        record("USER_CREATED", user, "User created: " + username, null, UserSnapshot.of(user, roles));
        return user.getId();
    }

    @Transactional
    public void update(long id, int expectedVersion, UserChanges changes) {
        var user = current(id, expectedVersion);
        var rolesBefore = repository.rolesOf(id);
        var before = UserSnapshot.of(user, rolesBefore);
        user.setDisplayName(AccountRules.displayName(changes.displayName()));
        user.setEmail(AccountRules.email(changes.email()));
        var roles = AccountRules.roles(changes.roles());
        boolean losesAdmin = rolesBefore.contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        if (losesAdmin) {
            refuseIfSelf(id, "admin.user.cannot-drop-own-admin");
            refuseIfLastAdmin(user, "admin.user.last-admin-role");
        }
        // Roles live in their own table: the account's version still moves, so a concurrent edit is noticed.
        user.changed(APP_USER.VERSION, true);
        Versioned.store(user);
        repository.replaceRoles(id, roles);
        record("USER_UPDATED", user, "User edited: " + user.getUsername(), before, UserSnapshot.of(user, roles));
        if (!roles.equals(rolesBefore) && id != ownId()) {
            // New roles take effect at the next sign-in; ending the sessions makes that now.
            sessions.endSessionsOf(user.getUsername());
        }
    }

    @Transactional
    public void deactivate(long id, int expectedVersion) {
        var user = current(id, expectedVersion);
        refuseIfSelf(id, "admin.user.cannot-deactivate-self");
        var roles = repository.rolesOf(id);
        if (roles.contains(Role.ADMIN)) {
            refuseIfLastAdmin(user, "admin.user.last-admin-active");
        }
        setActive(user, roles, false);
        sessions.endSessionsOf(user.getUsername());
    }

    @Transactional
    public void reactivate(long id, int expectedVersion) {
        var user = current(id, expectedVersion);
        setActive(user, repository.rolesOf(id), true);
    }

    /** Sets a temporary password that the user must replace at their next sign-in; their sessions end. */
    @Transactional
    public void resetPassword(long id, int expectedVersion, String temporaryPassword) {
        var user = current(id, expectedVersion);
        PasswordPolicy.check(temporaryPassword, user.getUsername());
        var roles = repository.rolesOf(id);
        var before = UserSnapshot.of(user, roles);
        user.setPasswordHash(passwordEncoder.encode(temporaryPassword));
        user.setMustChangePassword(true);
        Versioned.store(user);
        record(
                "USER_PASSWORD_RESET",
                user,
                "Password reset: " + user.getUsername(),
                before,
                UserSnapshot.of(user, roles));
        if (id != ownId()) {
            sessions.endSessionsOf(user.getUsername());
        }
    }

    private void setActive(AppUserRecord user, Set<Role> roles, boolean active) {
        if (user.getActive() == active) {
            return;
        }
        var before = UserSnapshot.of(user, roles);
        user.setActive(active);
        Versioned.store(user);
        record(
                active ? "USER_REACTIVATED" : "USER_DEACTIVATED",
                user,
                (active ? "User reactivated: " : "User deactivated: ") + user.getUsername(),
                before,
                UserSnapshot.of(user, roles));
    }

    private AppUserRecord current(long id, int expectedVersion) {
        return Versioned.current(repository.find(id).orElseThrow(NotFoundException::new), expectedVersion);
    }

    private void refuseIfSelf(long id, String messageKey) {
        if (id == ownId()) {
            throw new InvalidInputException(messageKey);
        }
    }

    private void refuseIfLastAdmin(AppUserRecord user, String messageKey) {
        repository.lockAdminChanges();
        if (user.getActive() && repository.activeAdminsOtherThan(user.getId()) == 0) {
            throw new InvalidInputException(messageKey);
        }
    }

    private void record(
            String kind, AppUserRecord user, String summary, @Nullable String before, @Nullable String after) {
        auditLog.record(new AuditEntry(kind, "app_user", user.getId(), null, summary, before, after));
    }
}
