/** Adoption signals of the personal-AI track: who takes part, what ran, what was learned. */
@NullMarked
package nl.tweespoor.adoption;

import org.jspecify.annotations.NullMarked;
