package nl.tweespoor.initiative;

import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.security.SignedInUser;

/** PRODUCT.md §3 for items: leaders edit any item, programme managers only their own; viewers and admins read. */
final class InitiativePermissions {

    private InitiativePermissions() {}

    static boolean mayPropose(SignedInUser user) {
        return user.worksOnItems();
    }

    static boolean mayEdit(SignedInUser user, long ownerId) {
        return user.mayWorkOnItemOwnedBy(ownerId);
    }

    static void requireMayPropose(SignedInUser user) {
        if (!mayPropose(user)) {
            throw new NotPermittedException("error.not-permitted.propose");
        }
    }

    static void requireMayEdit(SignedInUser user, long ownerId) {
        if (!mayEdit(user, ownerId)) {
            throw new NotPermittedException("error.not-permitted.edit-item");
        }
    }
}
