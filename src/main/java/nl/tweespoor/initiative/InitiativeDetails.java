package nl.tweespoor.initiative;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** Everything the detail page shows of one experiment or programme, with the version to edit against. */
public record InitiativeDetails(
        long id,
        Track track,
        Stage stage,
        long ownerId,
        String ownerName,
        String departmentName,
        @Nullable String goalTitle,
        /** The goal as the form's picker labels it (title and horizon). */
        @Nullable Option goal,
        @Nullable String journeyTitle,
        /** Experiments only: the programme the experiment explores, by title. */
        @Nullable Option exploresProgramme,
        InitiativeDraft draft,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int version,
        @Nullable Option promotedFrom,
        @Nullable Option promotedTo) {

    public String title() {
        return draft.title();
    }

    /** The journey the item names, as a picker's choice. */
    public @Nullable Option journey() {
        var id = draft.journeyId();
        return id == null || journeyTitle == null ? null : new Option(id, journeyTitle);
    }

    public @Nullable BigDecimal costEstimate() {
        return draft.costEstimate();
    }
}
