/** The priorities page. */
@NullMarked
package nl.tweespoor.priority.ui;

import org.jspecify.annotations.NullMarked;
