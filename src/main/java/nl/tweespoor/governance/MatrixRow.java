package nl.tweespoor.governance;

import java.util.Map;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** One item of the matrix with its result per principle id (missing: unassessed). */
public record MatrixRow(
        long id,
        Track track,
        String title,
        String department,
        Stage stage,
        String riskClass,
        Map<Long, AssessmentResult> results) {

    public @Nullable AssessmentResult resultFor(long principleId) {
        return results.get(principleId);
    }
}
