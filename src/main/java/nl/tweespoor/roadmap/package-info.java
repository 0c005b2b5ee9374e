/** The two-lane roadmap: both tracks over quarters. */
package nl.tweespoor.roadmap;
