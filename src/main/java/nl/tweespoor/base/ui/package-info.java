/** The application shell (menu, user menu, language) and widgets every view shares. */
package nl.tweespoor.base.ui;
