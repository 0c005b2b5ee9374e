/** Strategic goals that programmes serve. */
@NullMarked
package nl.tweespoor.goal;

import org.jspecify.annotations.NullMarked;
