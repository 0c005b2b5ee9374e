package nl.tweespoor.demo;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import nl.tweespoor.base.Quarter;
import org.jooq.DSLContext;

/**
 * What the chapters of the demo story share while it is told: the database, the moment it is told (quarters and dates
 * are relative to it, so the demo never looks stale), and the ids of what earlier chapters wrote, by key.
 */
final class Story {

    final DSLContext db;
    final OffsetDateTime now;
    final Quarter current;
    final Map<String, Long> users = new HashMap<>();
    final Map<String, Long> departments = new HashMap<>();
    final Map<String, Long> goals = new HashMap<>();
    final Map<String, Long> items = new HashMap<>();
    final Map<String, Long> principles = new HashMap<>();
    /** Journeys by title (the Journeys chapter writes them before the programmes name them). */
    final Map<String, Long> journeys = new HashMap<>();

    Story(DSLContext db, OffsetDateTime now, Quarter current) {
        this.db = db;
        this.now = now;
        this.current = current;
    }
}
