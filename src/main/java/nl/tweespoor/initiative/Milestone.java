package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.MILESTONE;

import nl.tweespoor.base.ColumnLimits;

/** A programme milestone: what, by which quarter, and whether it is done. */
public record Milestone(Long id, String title, String dueQuarter, boolean done, int version) {

    public static final int MAX_TITLE = ColumnLimits.max(MILESTONE.TITLE);
}
