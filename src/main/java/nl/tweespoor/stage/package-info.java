/** The stages an item moves through on its track, and which of them count as active or open. */
@NullMarked
package nl.tweespoor.stage;

import org.jspecify.annotations.NullMarked;
