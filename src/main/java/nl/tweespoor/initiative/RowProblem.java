package nl.tweespoor.initiative;

import nl.tweespoor.base.DomainException;

/** What is wrong with one row of an import: its row number, the column (a translation key) and the refusal. */
public record RowProblem(int row, String fieldKey, DomainException error) {}
