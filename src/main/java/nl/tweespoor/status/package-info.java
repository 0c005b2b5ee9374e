/** Status updates by item owners, and the flags computed from the data (stale, over budget, red, due, gaps). */
@NullMarked
package nl.tweespoor.status;

import org.jspecify.annotations.NullMarked;
