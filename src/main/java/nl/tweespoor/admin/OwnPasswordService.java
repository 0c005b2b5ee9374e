package nl.tweespoor.admin;

import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
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
                .map(user -> user.getMustChangePassword())
                .orElse(false);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        var user = repository.find(currentUser.require().id()).orElseThrow(NotFoundException::new);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("admin.password.current-wrong");
        }
        PasswordPolicy.check(newPassword, user.getUsername());
        if (!newPassword.equals(repeated)) {
            throw new InvalidInputException("admin.password.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("admin.password.same-as-current");
        }
        var roles = repository.rolesOf(user.getId());
        var before = UserSnapshot.of(user, roles);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        Versioned.store(user);
        auditLog.record(new AuditEntry(
                "PASSWORD_CHANGED",
                "app_user",
                user.getId(),
                null,
                "Password changed by " + user.getUsername(),
                before,
                UserSnapshot.of(user, roles)));
        // Whoever may have known the old password is signed out everywhere else; this session gets its roles back.
        sessions.endOtherSessionsOf(user.getUsername());
        currentUser.refresh();
    }
}
