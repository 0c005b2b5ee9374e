package nl.tweespoor.status;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An item's latest RAG (null without any update) and its flags. */
public record ItemSignals(long id, @Nullable Rag lastRag, Set<Flag> flags) {

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
