/** Backup of the whole database as one consistent snapshot (download for admins) and its restore command. */
package nl.tweespoor.backup;
