package nl.tweespoor.search;

/** What a search hit is, in the order the results page shows the groups. */
public enum SearchKind {
    EXPERIMENT,
    PROGRAMME,
    GOAL,
    JOURNEY,
    DECISION,
    STATUS_UPDATE,
    COMMENT,
    LEARNING,
    PRINCIPLE
}
