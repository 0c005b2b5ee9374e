package nl.tweespoor.admin;

import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.OpenBeforePasswordChange;
import nl.tweespoor.security.PasswordPolicy;
import nl.tweespoor.security.UserSessions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own password: replacing a temporary one set by an admin, or any time. The one service open to
 * a user who must still change their password. A change ends the user's other sessions.
 */
@Service
@PreAuthorize("isAuthenticated()")
@OpenBeforePasswordChange
public class OwnPasswordService {

    private final UserRepository repository;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final UserSessions sessions;

    OwnPasswordService(
            UserRepository repository,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            UserSessions sessions) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    /** True while the user still signs in with a password an admin gave them. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return repository
                .find(currentUser.require().id())
                .map(Account::mustChangePassword)
                .orElse(false);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        var credentials = repository.credentials(currentUser.require().id()).orElseThrow(NotFoundException::new);
        var user = credentials.account();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
            throw new InvalidInputException("admin.password.current-wrong");
        }
        PasswordPolicy.check(newPassword, user.username());
        if (!newPassword.equals(repeated)) {
            throw new InvalidInputException("admin.password.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("admin.password.same-as-current");
        }
        var roles = repository.rolesOf(user.id());
        var before = UserSnapshot.of(user, roles);
        // Against the version just read: a change committed meanwhile (an admin's reset) is a concurrent edit.
        var changed = repository.setPassword(user.id(), user.version(), passwordEncoder.encode(newPassword), false);
        auditLog.record(new AuditEntry(
                "PASSWORD_CHANGED",
                "app_user",
                changed.id(),
                null,
                "Password changed by " + changed.username(),
                before,
                UserSnapshot.of(changed, roles)));
        // Whoever may have known the old password is signed out everywhere else; this session gets its roles back.
        sessions.endOtherSessionsOf(changed.username());
        currentUser.refresh();
    }
}
