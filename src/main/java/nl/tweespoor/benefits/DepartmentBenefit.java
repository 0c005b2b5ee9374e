package nl.tweespoor.benefits;

/** One department's hours saved by its counted experiments. */
public record DepartmentBenefit(
        long departmentId, String department, int experiments, int participants, HoursSaved hours) {}
