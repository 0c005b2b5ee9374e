package nl.tweespoor.governance;

import java.util.List;

/** An item against every active principle, with the gate overrides it has had. */
public record Checklist(long initiativeId, long ownerId, List<ChecklistLine> lines, List<GateOverride> overrides) {

    public long unassessed() {
        return lines.stream().filter(line -> !line.assessed()).count();
    }

    public long gaps() {
        return lines.stream()
                .filter(line -> line.result() == AssessmentResult.GAP)
                .count();
    }
}
