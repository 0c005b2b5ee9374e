package nl.tweespoor.base;

/**
 * Something the benchmark (bench/run) asks the app to do and time, at {@code GET /benchmark/NAME}; beans of this type
 * exist only when the app runs with {@code --tweespoor.benchmark=true}, never in a normal start.
 */
public interface BenchmarkAction {

    /** The last part of the probe's path. */
    String name();

    /** Does the work as the signed-in user and answers what the benchmark prints (plain text). */
    String run();
}
