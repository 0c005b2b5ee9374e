package nl.tweespoor.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A sign-in refused because the app is not ready yet: the port answers as soon as the web server runs, before the
 * start-up work (the demo story, the first admin) is done, and the accounts may not exist for that moment.
 */
public class StillStartingException extends AuthenticationServiceException {

    StillStartingException() {
        super("The application is still starting");
    }
}
