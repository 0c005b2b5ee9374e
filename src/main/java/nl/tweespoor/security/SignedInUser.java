package nl.tweespoor.security;

import java.util.Set;

/** The user behind the current request, as the services see them. */
public record SignedInUser(long id, String username, String displayName, Set<Role> roles, String locale) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isLeader() {
        return has(Role.LEADER);
    }

    /** PRODUCT.md §3: leaders and programme managers propose items and work on them (which ones: below). */
    public boolean worksOnItems() {
        return isLeader() || has(Role.PROGRAMME_MANAGER);
    }

    /**
     * PRODUCT.md §3: edit an item, post its status, assess it, keep its risks — a leader on any item, a programme
     * manager on their own.
     */
    public boolean mayWorkOnItemOwnedBy(long ownerId) {
        return isLeader() || (worksOnItems() && id == ownerId);
    }
}
