package nl.tweespoor.journey;

/** How many journeys show each signal. */
public record SignalCounts(int redesignUnfunded, int exhaustedPolished) {

    public int total() {
        return redesignUnfunded + exhaustedPolished;
    }
}
