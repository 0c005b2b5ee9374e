/** Priorities: score weights, the ranked list per track, the cut line and what-if. */
package nl.tweespoor.priority;
