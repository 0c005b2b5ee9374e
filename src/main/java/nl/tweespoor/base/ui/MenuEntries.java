package nl.tweespoor.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The side navigation's entries per set of roles, worked out once: {@link MenuConfiguration#getMenuEntries()} checks
 * the route access of every entry, and which views a user may open depends on their roles only (the views'
 * {@code @RolesAllowed} / {@code @PermitAll}). Entries are immutable and their titles are translation keys, so one
 * list serves every user with those roles, in any language. Thread-safe.
 */
@Component
class MenuEntries {

    private final ConcurrentMap<Set<String>, List<MenuEntry>> byRoles = new ConcurrentHashMap<>();
    private final AtomicInteger built = new AtomicInteger();

    /** The entries for the signed-in user, by the authorities (roles) Spring Security granted them. */
    List<MenuEntry> forSignedInUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var authorities = authentication == null
                ? Set.<String>of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet());
        return forRoles(authorities);
    }

    /** The entries for the signed-in user, whose roles are {@code roles}: built by the first such user's request. */
    List<MenuEntry> forRoles(Set<String> roles) {
        return byRoles.computeIfAbsent(Set.copyOf(roles), key -> {
            built.incrementAndGet();
            return List.copyOf(MenuConfiguration.getMenuEntries());
        });
    }

    /** How many times a role set's entries were built (for tests: once per role set). */
    int timesBuilt() {
        return built.get();
    }
}
