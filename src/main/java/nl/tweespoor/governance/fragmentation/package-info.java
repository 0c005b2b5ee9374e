/** Fragmentation radar: departments doing the same AI job with their own tool or under different norms. */
@NullMarked
package nl.tweespoor.governance.fragmentation;

import org.jspecify.annotations.NullMarked;
