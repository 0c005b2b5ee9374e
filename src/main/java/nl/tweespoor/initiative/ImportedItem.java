package nl.tweespoor.initiative;

import java.util.Set;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One row of an import as the initiative rules check it: the spreadsheet's row number, the item it updates (our id,
 * or the organisation's reference; neither or an unknown reference creates), the draft, the stage and owner it asks
 * for, and for an update the version the preview read. {@code given} names the draft's components the file has a
 * column for: an update keeps what the file does not mention.
 */
public record ImportedItem(
        int row,
        @Nullable Long id,
        @Nullable String reference,
        InitiativeDraft draft,
        Set<String> given,
        @Nullable Stage stage,
        @Nullable Long ownerId,
        @Nullable Integer expectedVersion) {

    public ImportedItem {
        given = Set.copyOf(given);
    }

    /** The same row carrying the version a preview read, for the commit's version check. */
    public ImportedItem at(int version) {
        return new ImportedItem(row, id, reference, draft, given, stage, ownerId, version);
    }
}
