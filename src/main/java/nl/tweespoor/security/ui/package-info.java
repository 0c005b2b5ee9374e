/** The login page and the signed-in user's menu in the navbar. */
package nl.tweespoor.security.ui;
