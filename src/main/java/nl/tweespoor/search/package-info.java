/** Global search over items, goals, journeys, decisions, updates, comments, learnings and principles (issue 16). */
@NullMarked
package nl.tweespoor.search;

import org.jspecify.annotations.NullMarked;
