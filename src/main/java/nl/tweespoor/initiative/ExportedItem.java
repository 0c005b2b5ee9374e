package nl.tweespoor.initiative;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** One experiment or programme as its export row: every field a later import reads back, names for the ids. */
record ExportedItem(
        long id,
        String title,
        String department,
        Stage stage,
        String owner,
        @Nullable String startQuarter,
        @Nullable String endQuarter,
        Layer layer,
        Ambition ambition,
        @Nullable String goal,
        /** Experiments: the title of the programme the experiment explores. */
        @Nullable String exploresProgramme,
        @Nullable String journey,
        @Nullable String sponsor,
        @Nullable String lead,
        @Nullable Integer participants,
        @Nullable String tool,
        @Nullable String useCase,
        @Nullable BigDecimal cost,
        @Nullable BigDecimal hoursSaved,
        @Nullable BigDecimal adoption,
        @Nullable BigDecimal satisfaction,
        @Nullable String description,
        @Nullable String hypothesis,
        @Nullable String learnings,
        OffsetDateTime updatedAt) {}
