package nl.tweespoor.security;

/** The roles of PRODUCT.md §3; a user may hold several. */
public enum Role {
    ADMIN,
    LEADER,
    PROGRAMME_MANAGER,
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
