package nl.tweespoor.base;

import java.util.function.Supplier;

/**
 * Something the benchmark (bench/run) asks the app to do and time, at {@code GET /benchmark/NAME}; beans of this type
 * exist only when the app runs with {@code --tweespoor.benchmark=true}, never in a normal start.
 */
public interface BenchmarkAction {

    /** The last part of the probe's path. */
    String name();

    /** Does the work as the signed-in user and answers what the benchmark prints (plain text). */
    String run();

    /** An action named {@code name} that answers what {@code work} returns. */
    static BenchmarkAction of(String name, Supplier<String> work) {
        return new BenchmarkAction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String run() {
                return work.get();
            }
        };
    }
}
