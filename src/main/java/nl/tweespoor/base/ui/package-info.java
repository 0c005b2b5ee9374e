/** The application shell (menu, user menu, language) and widgets every view shares. */
@NullMarked
package nl.tweespoor.base.ui;

import org.jspecify.annotations.NullMarked;
