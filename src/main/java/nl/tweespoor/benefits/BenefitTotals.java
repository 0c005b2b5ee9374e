package nl.tweespoor.benefits;

/**
 * The personal track's benefits in total: experiments counted (running, concluded or promoted), the people taking
 * part, the hours they save, and the hours per FTE the FTE figure was worked out with.
 */
public record BenefitTotals(int experiments, int participants, HoursSaved hours, int hoursPerFte) {}
