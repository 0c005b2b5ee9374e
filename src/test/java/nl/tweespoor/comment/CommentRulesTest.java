package nl.tweespoor.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import nl.tweespoor.security.Role;
import nl.tweespoor.security.SignedInUser;
import org.junit.jupiter.api.Test;

/** The 15-minute edit window, to the nanosecond, and who may comment at all. */
class CommentRulesTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2027, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void the_author_may_edit_until_just_before_fifteen_minutes_have_passed() {
        var author = user(7, Role.PROGRAMME_MANAGER);

        assertThat(CommentRules.mayEdit(author, 7, CREATED, CREATED)).isTrue();
        assertThat(CommentRules.mayEdit(
                        author, 7, CREATED, CREATED.plusMinutes(15).minusNanos(1)))
                .isTrue();
        assertThat(CommentRules.mayEdit(author, 7, CREATED, CREATED.plusMinutes(15)))
                .isFalse();
        assertThat(CommentRules.mayEdit(author, 7, CREATED, CREATED.plusMinutes(16)))
                .isFalse();
    }

    @Test
    void the_window_holds_across_time_zones() {
        var author = user(7, Role.LEADER);
        var sameMomentInAmsterdam = CREATED.plusMinutes(14).withOffsetSameInstant(ZoneOffset.ofHours(2));

        assertThat(CommentRules.mayEdit(author, 7, CREATED, sameMomentInAmsterdam))
                .isTrue();
    }

    @Test
    void nobody_but_the_author_may_edit_not_even_a_leader() {
        assertThat(CommentRules.mayEdit(user(8, Role.LEADER), 7, CREATED, CREATED.plusMinutes(1)))
                .isFalse();
    }

    @Test
    void an_author_who_lost_the_commenting_roles_may_no_longer_edit() {
        assertThat(CommentRules.mayEdit(user(7, Role.VIEWER), 7, CREATED, CREATED.plusMinutes(1)))
                .isFalse();
    }

    @Test
    void leaders_and_programme_managers_comment_viewers_and_admins_do_not() {
        assertThat(CommentRules.mayComment(user(1, Role.LEADER))).isTrue();
        assertThat(CommentRules.mayComment(user(1, Role.PROGRAMME_MANAGER))).isTrue();
        assertThat(CommentRules.mayComment(user(1, Role.VIEWER))).isFalse();
        assertThat(CommentRules.mayComment(user(1, Role.ADMIN))).isFalse();
    }

    private static SignedInUser user(long id, Role role) {
        return new SignedInUser(id, "user" + id, "User " + id, Set.of(role), "nl");
    }
}
