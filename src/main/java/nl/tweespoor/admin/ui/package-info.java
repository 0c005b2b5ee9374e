/** Admin screens: user accounts, departments and settings; the forced password change after a reset. */
package nl.tweespoor.admin.ui;
