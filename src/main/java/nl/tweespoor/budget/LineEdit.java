package nl.tweespoor.budget;

import java.math.BigDecimal;

/** What the user typed for one quarter, with the version of the row they saw (0 when there was none). */
public record LineEdit(String quarter, BigDecimal planned, BigDecimal actual, int version) {}
