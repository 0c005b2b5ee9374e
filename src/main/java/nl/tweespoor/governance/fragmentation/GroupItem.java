package nl.tweespoor.governance.fragmentation;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;

/** An active experiment or programme in a fragmentation group, with its planned budget for this year. */
public record GroupItem(
        long id, String title, Track track, Stage stage, String department, String owner, BigDecimal plannedThisYear) {}
