package nl.tweespoor.admin.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.tweespoor.admin.OwnPasswordService;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * A user who signs in with a temporary password goes to the change-password screen, whatever they open, until they
 * have chosen their own. Once the flag is clear, the session remembers it, so later navigations ask nothing.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    static final String CHECKED = PasswordChangeGuard.class.getName() + ".checkedFor";

    private final CurrentUser currentUser;
    private final OwnPasswordService passwords;

    PasswordChangeGuard(CurrentUser currentUser, OwnPasswordService passwords) {
        this.currentUser = currentUser;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        var user = currentUser.get();
        if (user.isEmpty() || target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        var session = event.getUI().getSession();
        var username = user.get().username();
        if (username.equals(session.getAttribute(CHECKED))) {
            return;
        }
        if (passwords.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        } else {
            session.setAttribute(CHECKED, username);
        }
    }
}
