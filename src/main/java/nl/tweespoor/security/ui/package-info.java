/** The login page. */
package nl.tweespoor.security.ui;
