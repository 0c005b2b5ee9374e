/** The login page and the signed-in user's menu in the navbar. */
@NullMarked
package nl.tweespoor.security.ui;

import org.jspecify.annotations.NullMarked;
