package nl.tweespoor.initiative;

/** Which of the three goals of AI an item serves. */
public enum Layer {
    PERSONAL_PRODUCTIVITY,
    OPERATIONAL,
    STRATEGIC
}
