package nl.tweespoor.comment;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.db.tables.records.ItemCommentRecord;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import nl.tweespoor.support.SinceTheStory;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Leaders and programme managers comment on any item; authors may edit for 15 minutes. */
@Transactional
class CommentServiceTest extends DatabaseTest {

    /** Owned by manager2; has three demo comments, the newest by leader, 9 days old. */
    private static final String PROGRAMME = "Fraudedetectie bij schademeldingen";
    /** Owned by leader; one demo comment. */
    private static final String EXPERIMENT = "Chatbot op de website voor offertes";

    @Autowired
    CommentService comments;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void leader_and_manager_comment_on_items_they_do_not_own_newest_first_with_author_names() {
        long programme = id(PROGRAMME);
        SignIn.as(users, "manager");
        long byMark = comments.add(programme, "  Wat betekent dit voor regio Oost?  ");
        db.update(ITEM_COMMENT)
                .set(ITEM_COMMENT.CREATED_AT, OffsetDateTime.now().minusMinutes(5))
                .where(ITEM_COMMENT.ID.eq(byMark))
                .execute();
        SignIn.as(users, "leader");
        long byLotte = comments.add(programme, "Graag in de review bespreken.");

        var shown = comments.latest(programme);

        assertThat(shown).extracting(Comment::id).startsWith(byLotte, byMark, demoCommentId(programme));
        assertThat(shown).extracting(Comment::authorName).startsWith("Lotte Jansen", "Mark de Vries", "Lotte Jansen");
        assertThat(shown.get(1).body()).isEqualTo("Wat betekent dit voor regio Oost?");
        assertThat(shown).extracting(Comment::editable).containsExactly(true, false, false, false, false);
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .KIND
                                .eq("COMMENT_ADDED")
                                .and(AUDIT_EVENT.INITIATIVE_ID.eq(programme))
                                .and(SinceTheStory.auditEvents())))
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails("manager")
    void manager_comments_on_an_experiment_of_the_leader() {
        long experiment = id(EXPERIMENT);

        long id = comments.add(experiment, "IT-platform sluit aan.");

        assertThat(comments.latest(experiment).getFirst().id()).isEqualTo(id);
        assertThat(comments.latest(experiment)).hasSize(2);
        assertThat(comments.mayComment()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void viewer_reads_comments_but_cannot_comment() {
        assertCannotComment();
    }

    @Test
    @WithUserDetails("admin")
    void admin_reads_comments_but_cannot_comment() {
        assertCannotComment();
    }

    @Test
    @WithUserDetails("manager")
    void an_empty_or_too_long_comment_is_refused() {
        long programme = id(PROGRAMME);
        int before = db.fetchCount(ITEM_COMMENT);

        for (var body : new String[] {null, "", "   \n "}) {
            assertThatThrownBy(() -> comments.add(programme, body))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("comment.empty"));
        }
        assertThatThrownBy(() -> comments.add(programme, "x".repeat(4001)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> comments.add(Long.MAX_VALUE, "Waar is dit?")).isInstanceOf(NotFoundException.class);

        assertThat(db.fetchCount(ITEM_COMMENT)).isEqualTo(before);
    }

    @Test
    void the_author_edits_a_fresh_comment_and_nobody_else_may() {
        long programme = id(PROGRAMME);
        SignIn.as(users, "manager");
        long id = comments.add(programme, "Eerste versie");
        int version = stored(id).getVersion();

        comments.edit(id, version, "Tweede versie");

        var edited = stored(id);
        assertThat(edited.getBody()).isEqualTo("Tweede versie");
        assertThat(edited.getEditedAt()).isNotNull();
        assertThat(edited.getVersion()).isEqualTo(version + 1);
        assertThat(db.fetchCount(
                        AUDIT_EVENT, AUDIT_EVENT.KIND.eq("COMMENT_EDITED").and(AUDIT_EVENT.ENTITY_ID.eq(id))))
                .isEqualTo(1);

        for (var other : new String[] {"leader", "manager2"}) {
            SignIn.as(users, other);
            assertThat(comments.latest(programme).getFirst().editable())
                    .as(other)
                    .isFalse();
            assertThatThrownBy(() -> comments.edit(id, version + 1, "Van " + other))
                    .as(other)
                    .isInstanceOfSatisfying(
                            NotPermittedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("comment.edit-not-allowed"));
        }
        SignIn.as(users, "viewer");
        assertThatThrownBy(() -> comments.edit(id, version + 1, "Van viewer"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(stored(id).getBody()).isEqualTo("Tweede versie");
        assertThat(stored(id).getVersion()).isEqualTo(version + 1);
    }

    @Test
    @WithUserDetails("manager")
    void after_fifteen_minutes_even_the_author_cannot_edit() {
        long programme = id(PROGRAMME);
        long id = comments.add(programme, "Te laat om te wijzigen");
        db.update(ITEM_COMMENT)
                .set(ITEM_COMMENT.CREATED_AT, OffsetDateTime.now().minusMinutes(16))
                .where(ITEM_COMMENT.ID.eq(id))
                .execute();
        int version = stored(id).getVersion();

        assertThat(comments.latest(programme).getFirst().editable()).isFalse();
        assertThatThrownBy(() -> comments.edit(id, version, "Toch gewijzigd"))
                .isInstanceOfSatisfying(
                        NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("comment.edit-not-allowed"));

        assertThat(stored(id).getBody()).isEqualTo("Te laat om te wijzigen");
        assertThat(stored(id).getEditedAt()).isNull();
    }

    @Test
    @WithUserDetails("manager")
    void an_edit_against_a_stale_version_is_refused() {
        long id = comments.add(id(PROGRAMME), "Versie een");
        int version = stored(id).getVersion();
        comments.edit(id, version, "Versie twee");

        assertThatThrownBy(() -> comments.edit(id, version, "Versie drie")).isInstanceOf(ConcurrentEditException.class);

        assertThat(stored(id).getBody()).isEqualTo("Versie twee");
    }

    private void assertCannotComment() {
        long programme = id(PROGRAMME);
        int before = db.fetchCount(ITEM_COMMENT);

        assertThat(comments.latest(programme))
                .extracting(Comment::body)
                .startsWith("Zonder afgeronde bias-analyse gaat dit niet naar opschalen.");
        assertThat(comments.latest(programme)).extracting(Comment::editable).containsOnly(false);
        assertThat(comments.mayComment()).isFalse();
        assertThatThrownBy(() -> comments.add(programme, "Mag ik iets zeggen?"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(ITEM_COMMENT)).isEqualTo(before);
    }

    private long demoCommentId(long initiativeId) {
        return db.select(ITEM_COMMENT.ID)
                .from(ITEM_COMMENT)
                .where(ITEM_COMMENT
                        .INITIATIVE_ID
                        .eq(initiativeId)
                        .and(ITEM_COMMENT.BODY.eq("Zonder afgeronde bias-analyse gaat dit niet naar opschalen.")))
                .fetchSingle(ITEM_COMMENT.ID);
    }

    private ItemCommentRecord stored(long id) {
        return db.selectFrom(ITEM_COMMENT).where(ITEM_COMMENT.ID.eq(id)).fetchSingle();
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle(INITIATIVE.ID);
    }
}
