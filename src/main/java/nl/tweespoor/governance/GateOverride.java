package nl.tweespoor.governance;

import java.time.OffsetDateTime;
import nl.tweespoor.stage.Stage;

/** A leader let a programme through the gate despite open points; kept for good with the reason. */
public record GateOverride(Stage toStage, String reason, String decidedBy, OffsetDateTime decidedAt) {}
