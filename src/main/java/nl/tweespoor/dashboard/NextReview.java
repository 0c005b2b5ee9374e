package nl.tweespoor.dashboard;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The review in progress or the next planned one, with its meeting date when one was planned. */
public record NextReview(
        long id, String quarter, String status, @Nullable LocalDate meetingDate) {}
