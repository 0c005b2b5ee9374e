package nl.tweespoor.governance.fragmentation;

import java.time.OffsetDateTime;

/** A known spelling of a tool ("Copilot") that the radar counts as the canonical one ("Microsoft 365 Copilot"). */
public record ToolAlias(
        long id, String alias, String canonical, String createdBy, OffsetDateTime createdAt, int version) {}
