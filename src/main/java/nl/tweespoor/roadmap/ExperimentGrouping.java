package nl.tweespoor.roadmap;

/**
 * How the roadmap groups the experiments' lane: by department (the default), or by the strategic goal they explore —
 * the goal they name, else the goal of the programme they explore (issue 13).
 */
public enum ExperimentGrouping {
    DEPARTMENT,
    GOAL
}
