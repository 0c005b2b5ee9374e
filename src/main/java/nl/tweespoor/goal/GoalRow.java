package nl.tweespoor.goal;

import java.math.BigDecimal;
import java.util.List;

/** A strategic goal with the programmes that serve it and their planned budget. */
public record GoalRow(
        long id, String title, String description, int horizonYear, int version, List<ServingProgramme> programmes) {

    public BigDecimal plannedBudget() {
        return programmes.stream().map(ServingProgramme::plannedBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public record ServingProgramme(long id, String title, String stage, BigDecimal plannedBudget) {}
}
