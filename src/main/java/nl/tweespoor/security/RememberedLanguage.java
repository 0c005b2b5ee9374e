package nl.tweespoor.security;

import java.util.Locale;
import java.util.Optional;
import nl.tweespoor.base.i18n.SignedInLanguage;
import org.springframework.stereotype.Component;

/** The signed-in user's language as their account keeps it. */
@Component
class RememberedLanguage implements SignedInLanguage {

    private final CurrentUser currentUser;

    RememberedLanguage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Locale> remembered() {
        return currentUser.get().map(user -> Locale.of(user.locale()));
    }
}
