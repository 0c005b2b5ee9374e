/** Adoption signals of the personal-AI track: who takes part, what ran, what was learned. */
package nl.tweespoor.adoption;
