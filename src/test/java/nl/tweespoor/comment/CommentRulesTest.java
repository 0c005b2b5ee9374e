package nl.tweespoor.comment;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Set;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.security.Role;
import nl.tweespoor.security.SignedInUser;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class CommentRulesTest extends DatabaseTest {

    @Autowired
    CommentService comments;

    @Autowired
    DSLContext db;

    @Test
    void an_author_may_edit_for_exactly_fifteen_minutes() {
        var author = new SignedInUser(7, "manager", "Mark", Set.of(Role.PROGRAMME_MANAGER), "nl");
        var other = new SignedInUser(8, "manager2", "Sanne", Set.of(Role.PROGRAMME_MANAGER), "nl");
        var now = OffsetDateTime.now();
        assertThat(CommentRules.mayEdit(author, 7, now.minusMinutes(14).minusSeconds(59), now)).isTrue();
        assertThat(CommentRules.mayEdit(author, 7, now.minusMinutes(15), now)).isFalse();
        assertThat(CommentRules.mayEdit(other, 7, now, now)).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void comments_are_listed_newest_first_with_their_author() {
        long item = item();
        comments.add(item, "Eerste");
        long second = comments.add(item, "Tweede");
        db.update(ITEM_COMMENT).set(ITEM_COMMENT.CREATED_AT, OffsetDateTime.now().plusSeconds(1))
                .where(ITEM_COMMENT.ID.eq(second)).execute();

        var list = comments.latest(item);
        assertThat(list.get(0).body()).isEqualTo("Tweede");
        assertThat(list.get(0).authorName()).isEqualTo("Mark de Vries");
        assertThat(list.get(0).editable()).isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void after_fifteen_minutes_even_the_author_cannot_edit() {
        long id = comments.add(item(), "Te laat");
        db.update(ITEM_COMMENT).set(ITEM_COMMENT.CREATED_AT, OffsetDateTime.now().minusMinutes(16))
                .where(ITEM_COMMENT.ID.eq(id)).execute();
        assertThatThrownBy(() -> comments.edit(id, 1, "Aangepast")).isInstanceOf(NotPermittedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void an_empty_comment_is_refused() {
        assertThatThrownBy(() -> comments.add(item(), "   ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_comment() {
        assertThatThrownBy(() -> comments.add(item(), "Hallo")).isInstanceOf(AccessDeniedException.class);
    }

    private long item() {
        return db.select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.TITLE.eq("Klantchatbot voor polisvragen"))
                .fetchSingle().value1();
    }
}
