/** Backup of the whole database as one consistent snapshot (download for admins) and its restore command. */
@NullMarked
package nl.tweespoor.backup;

import org.jspecify.annotations.NullMarked;
