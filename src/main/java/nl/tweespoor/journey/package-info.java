/** Customer journeys and internal chains with their three-year intent, the journey map and its two signals. */
@NullMarked
package nl.tweespoor.journey;

import org.jspecify.annotations.NullMarked;
