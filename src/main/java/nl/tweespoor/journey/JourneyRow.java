package nl.tweespoor.journey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.Rag;
import org.jspecify.annotations.Nullable;

/**
 * One journey on the map: what leaders set, how many items touch it per ambition and the money planned on them this
 * year (summed in SQL), its signals, and the first {@link #SHOWN_ITEMS} items (redesign first) with stage and RAG.
 */
public record JourneyRow(
        long id,
        String title,
        JourneyKind kind,
        @Nullable Long ownerId,
        @Nullable String ownerName,
        @Nullable String description,
        JourneyIntent intent,
        @Nullable Integer redesignBy,
        int version,
        int optimiseItems,
        int redesignItems,
        BigDecimal plannedOptimise,
        BigDecimal plannedRedesign,
        Set<JourneySignal> signals,
        List<Item> items) {

    /** How many of a journey's items its row lists; the rest are counted. */
    public static final int SHOWN_ITEMS = 10;

    public int itemCount() {
        return optimiseItems + redesignItems;
    }

    /** How many items the row counts but does not list. */
    public int notShown() {
        return itemCount() - items.size();
    }

    /** The draft this journey was saved from, for the edit dialog. */
    public JourneyDraft draft() {
        return new JourneyDraft(title, kind, ownerId, description, intent, redesignBy);
    }

    /** An item on the journey with its stage, the RAG of its last status update (if any) and its plan this year. */
    public record Item(
            long id,
            Track track,
            String title,
            Ambition ambition,
            Stage stage,
            @Nullable Rag rag,
            BigDecimal plannedThisYear) {}
}
