package nl.tweespoor.goal;

import org.jspecify.annotations.Nullable;

/** A stored strategic goal, as the service changes it. */
record Goal(long id, String title, @Nullable String description, int horizonYear, int version) {}
