/** Admin screens: user accounts, departments and settings; the forced password change after a reset. */
@NullMarked
package nl.tweespoor.admin.ui;

import org.jspecify.annotations.NullMarked;
