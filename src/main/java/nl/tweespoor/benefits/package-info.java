/** Benefits that add up: hours saved and FTE, measure and KPI trends, cost per hour saved, the ambition mirror. */
@NullMarked
package nl.tweespoor.benefits;

import org.jspecify.annotations.NullMarked;
