package nl.tweespoor.status;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An owner's traffic light in a status update: on track, at risk, in trouble (PRODUCT.md §4). */
public enum Rag {
    GREEN,
    AMBER,
    RED;

    /** The light a name stands for, empty for null or anything that is not one of the three. */
    public static Optional<Rag> of(@Nullable String name) {
        return Arrays.stream(values()).filter(rag -> rag.name().equals(name)).findFirst();
    }
}
