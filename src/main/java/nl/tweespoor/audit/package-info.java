/** The append-only record of who changed what, and when. */
@NullMarked
package nl.tweespoor.audit;

import org.jspecify.annotations.NullMarked;
