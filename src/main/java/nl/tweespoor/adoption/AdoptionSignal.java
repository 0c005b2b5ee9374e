package nl.tweespoor.adoption;

/** Per department: people taking part in experiments, experiments that ran and concluded, learnings shared. */
public record AdoptionSignal(
        String department, int participants, int experimentsRan, int experimentsConcluded, int learningsShared) {}
