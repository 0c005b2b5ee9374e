package nl.tweespoor.initiative;

import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;

/** One line in the experiments or programmes grid. */
public record InitiativeRow(
        long id,
        Track track,
        String title,
        String department,
        Stage stage,
        String owner,
        String startQuarter,
        String endQuarter,
        Ambition ambition,
        String toolVendor) {}
