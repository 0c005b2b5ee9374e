/** The benefits view and the ambition mirror's chart. */
@NullMarked
package nl.tweespoor.benefits.ui;

import org.jspecify.annotations.NullMarked;
