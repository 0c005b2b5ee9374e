package nl.tweespoor.admin;

import org.jspecify.annotations.Nullable;

/** A stored account as the services change it: never its password hash (nor its login counters). */
record Account(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        boolean active,
        boolean mustChangePassword,
        int version) {}
