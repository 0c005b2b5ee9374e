package nl.tweespoor.base.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The language the signed-in user chose last time, kept with their account. The security feature provides it, so
 * that the UI set-up in base need not know the user accounts.
 */
public interface SignedInLanguage {

    /** Empty when nobody is signed in. */
    Optional<Locale> remembered();
}
