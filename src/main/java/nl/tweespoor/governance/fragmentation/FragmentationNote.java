package nl.tweespoor.governance.fragmentation;

import java.time.OffsetDateTime;

/** A leader's decision on a group: accepted with a reason, or a consolidation note; who set it last, and when. */
public record FragmentationNote(
        long id, Resolution resolution, String reason, String by, OffsetDateTime at, int version) {}
