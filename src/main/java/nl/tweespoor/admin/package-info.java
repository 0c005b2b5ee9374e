/** Administration by admins: user accounts, departments and the organisation-wide settings; password changes. */
@NullMarked
package nl.tweespoor.admin;

import org.jspecify.annotations.NullMarked;
