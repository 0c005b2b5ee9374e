/** Priorities: score weights, the ranked list per track, the cut line and what-if. */
@NullMarked
package nl.tweespoor.priority;

import org.jspecify.annotations.NullMarked;
