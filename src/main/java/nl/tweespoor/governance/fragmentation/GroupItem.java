package nl.tweespoor.governance.fragmentation;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;

/** An active experiment or programme in a fragmentation group, with its planned budget for this year. */
public record GroupItem(
        long id,
        String title,
        Track track,
        String stage,
        String department,
        String owner,
        BigDecimal plannedThisYear) {}
