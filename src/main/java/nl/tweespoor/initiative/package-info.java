/** Experiments (personal track) and programmes (strategic track): finding, proposing and editing them. */
package nl.tweespoor.initiative;
