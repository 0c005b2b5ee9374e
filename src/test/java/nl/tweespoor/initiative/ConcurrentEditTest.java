package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §4: concurrent edits never overwrite each other silently. */
@Transactional
class ConcurrentEditTest extends DatabaseTest {

    @Autowired
    InitiativeService service;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_second_saver_of_the_same_version_is_refused_and_the_first_save_stays() {
        long id = itemOwnedByManager();
        signInAs("manager");
        var seenByManager = service.details(id);
        signInAs("leader");
        var seenByLeader = service.details(id);
        assertThat(seenByLeader.version()).isEqualTo(seenByManager.version());

        signInAs("manager");
        service.update(id, seenByManager.version(), Drafts.withTitle(seenByManager.draft(), "Titel van Mark"));
        int eventsAfterFirstSave = db.fetchCount(AUDIT_EVENT);

        signInAs("leader");
        assertThatThrownBy(() -> service.update(
                        id, seenByLeader.version(), Drafts.withTitle(seenByLeader.draft(), "Titel van Lotte")))
                .isInstanceOf(ConcurrentEditException.class);

        var stored = db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchSingle();
        assertThat(stored.getTitle()).isEqualTo("Titel van Mark");
        assertThat(stored.getVersion()).isEqualTo(seenByManager.version() + 1);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(eventsAfterFirstSave);
    }

    @Test
    void each_save_increments_the_version_by_one() {
        long id = itemOwnedByManager();
        signInAs("manager");
        int version = service.details(id).version();

        service.update(id, version, Drafts.withTitle(service.details(id).draft(), "Eerste"));
        assertThat(service.details(id).version()).isEqualTo(version + 1);

        service.update(id, version + 1, Drafts.withTitle(service.details(id).draft(), "Tweede"));
        assertThat(service.details(id).version()).isEqualTo(version + 2);
        assertThat(service.details(id).title()).isEqualTo("Tweede");
    }

    @Test
    void a_save_after_reloading_the_new_version_succeeds() {
        long id = itemOwnedByManager();
        signInAs("leader");
        var stale = service.details(id);
        service.update(id, stale.version(), Drafts.withTitle(stale.draft(), "Eerst"));
        assertThatThrownBy(() -> service.update(id, stale.version(), Drafts.withTitle(stale.draft(), "Daarna")))
                .isInstanceOf(ConcurrentEditException.class);

        var reloaded = service.details(id);
        service.update(id, reloaded.version(), Drafts.withTitle(reloaded.draft(), "Daarna"));

        assertThat(service.details(id).title()).isEqualTo("Daarna");
    }

    private long itemOwnedByManager() {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.OWNER_ID.eq(
                        db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("manager"))))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
    }

    private void signInAs(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
