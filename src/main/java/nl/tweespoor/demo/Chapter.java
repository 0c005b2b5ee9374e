package nl.tweespoor.demo;

import java.time.OffsetDateTime;
import java.util.Map;
import nl.tweespoor.base.Quarter;
import org.jooq.DSLContext;

/**
 * One chapter of the demo story: it writes its part and finds what earlier chapters wrote by key. The story's shared
 * parts are fields here so that each chapter reads as a plain list of what happened.
 */
abstract class Chapter {

    final DSLContext db;
    final OffsetDateTime now;
    final Quarter current;
    final Map<String, Long> users;
    final Map<String, Long> departments;
    final Map<String, Long> goals;
    final Map<String, Long> items;
    final Map<String, Long> principles;
    final Map<String, Long> journeys;

    Chapter(Story story) {
        this.db = story.db;
        this.now = story.now;
        this.current = story.current;
        this.users = story.users;
        this.departments = story.departments;
        this.goals = story.goals;
        this.items = story.items;
        this.principles = story.principles;
        this.journeys = story.journeys;
    }

    /** The id of a user of the story, by user name. */
    long user(String username) {
        return java.util.Objects.requireNonNull(users.get(username), username);
    }

    /** Writes this chapter; called once, in the story's order. */
    abstract void tell();
}
