package nl.tweespoor.security;

import static nl.tweespoor.db.Tables.LOGIN_ATTEMPT;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Failed sign-ins per (user name, address); the address-wide counter sits under the user name '*'. */
@Repository
class LoginAttemptRepository {

    static final String ANY_USER = "*";

    private final DSLContext db;

    LoginAttemptRepository(DSLContext db) {
        this.db = db;
    }

    /** The latest lock still running for this name from this address, or for any name from it. */
    Optional<OffsetDateTime> lockedUntil(String username, String address, OffsetDateTime now) {
        return db.select(DSL.max(LOGIN_ATTEMPT.LOCKED_UNTIL))
                .from(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.ADDRESS.eq(address))
                .and(LOGIN_ATTEMPT.USERNAME.in(username, ANY_USER))
                .and(LOGIN_ATTEMPT.LOCKED_UNTIL.gt(now))
                .fetchOptional(0, OffsetDateTime.class);
    }

    /**
     * Counts one failure (a failure older than {@code forgetBefore} starts the count again). At {@code limit} the
     * pair locks until {@code lockUntil} and the count starts again; returns true when this failure locked it.
     * The row is locked while counting, so concurrent failures are all counted.
     */
    boolean countFailure(
            String username,
            String address,
            int limit,
            OffsetDateTime now,
            OffsetDateTime forgetBefore,
            OffsetDateTime lockUntil) {
        db.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.USERNAME, username)
                .set(LOGIN_ATTEMPT.ADDRESS, address)
                .set(LOGIN_ATTEMPT.LAST_FAILURE_AT, now)
                .onConflictDoNothing()
                .execute();
        var row = db.selectFrom(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.USERNAME.eq(username), LOGIN_ATTEMPT.ADDRESS.eq(address))
                .forUpdate()
                .fetchSingle();
        int failures = row.getLastFailureAt().isBefore(forgetBefore) ? 1 : row.getFailures() + 1;
        boolean locks = failures >= limit;
        row.setFailures(locks ? 0 : failures);
        row.setLastFailureAt(now);
        if (locks) {
            row.setLockedUntil(lockUntil);
        }
        row.update();
        return locks;
    }

    /** A successful sign-in forgets that name's failures from that address, and stale rows of anyone. */
    void forget(String username, String address, OffsetDateTime staleBefore) {
        db.deleteFrom(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.USERNAME.eq(username), LOGIN_ATTEMPT.ADDRESS.eq(address))
                .or(LOGIN_ATTEMPT
                        .LAST_FAILURE_AT
                        .lt(staleBefore)
                        .and(LOGIN_ATTEMPT.LOCKED_UNTIL.isNull().or(LOGIN_ATTEMPT.LOCKED_UNTIL.lt(staleBefore))))
                .execute();
    }
}
