/** The journey map (/journeys) and the dialog in which leaders keep the journeys. */
@NullMarked
package nl.tweespoor.journey.ui;

import org.jspecify.annotations.NullMarked;
