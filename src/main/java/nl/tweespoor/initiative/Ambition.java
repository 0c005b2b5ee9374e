package nl.tweespoor.initiative;

/** Whether an item optimises what exists or redesigns it with AI as the starting point. */
public enum Ambition {
    OPTIMISE,
    REDESIGN
}
