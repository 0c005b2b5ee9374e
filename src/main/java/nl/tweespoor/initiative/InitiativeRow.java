package nl.tweespoor.initiative;

import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** One line in the experiments or programmes grid. */
public record InitiativeRow(
        long id,
        Track track,
        String title,
        String department,
        Stage stage,
        String owner,
        @Nullable String startQuarter,
        @Nullable String endQuarter,
        Ambition ambition,
        @Nullable String toolVendor) {}
