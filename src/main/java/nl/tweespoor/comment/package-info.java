/** Comments on experiments and programmes. */
@NullMarked
package nl.tweespoor.comment;

import org.jspecify.annotations.NullMarked;
