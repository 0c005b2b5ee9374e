package nl.tweespoor.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Switches the signed-in user inside a test, the way ConcurrentEditTest does; clear the context afterwards. */
public final class SignIn {

    private SignIn() {}

    public static void as(UserDetailsService users, String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
