/** Administration by admins: user accounts, departments and the organisation-wide settings; password changes. */
package nl.tweespoor.admin;
