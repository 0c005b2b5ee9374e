/** The dashboard view. */
@NullMarked
package nl.tweespoor.dashboard.ui;

import org.jspecify.annotations.NullMarked;
