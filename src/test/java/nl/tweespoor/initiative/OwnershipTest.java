package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Option;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.MyItem;
import nl.tweespoor.status.StatusService;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Issue 13, Ownership: leaders hand an item to another active leader or programme manager, audited and versioned. */
@Transactional
class OwnershipTest extends DatabaseTest {

    @Autowired
    OwnershipService ownership;

    @Autowired
    StatusService statuses;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_leader_hands_an_item_over_and_the_new_owner_finds_it_in_my_items() {
        var item = openItemOwnedBy("manager2");
        SignIn.as(users, "manager");
        assertThat(statuses.myItems(0, 500)).extracting(MyItem::id).doesNotContain(item.getId());

        SignIn.as(users, "leader");
        ownership.handOver(item.getId(), item.getVersion(), userId("manager"));

        var after = stored(item.getId());
        assertThat(after.getOwnerId()).isEqualTo(userId("manager"));
        assertThat(after.getVersion()).isEqualTo(item.getVersion() + 1);
        SignIn.as(users, "manager");
        assertThat(statuses.myItems(0, 500)).extracting(MyItem::id).contains(item.getId());
        SignIn.as(users, "manager2");
        assertThat(statuses.myItems(0, 500)).extracting(MyItem::id).doesNotContain(item.getId());
    }

    @Test
    void handing_over_is_audited_as_owner_changed_with_before_and_after() {
        var item = openItemOwnedBy("manager2");
        SignIn.as(users, "leader");

        ownership.handOver(item.getId(), item.getVersion(), userId("manager"));

        var event = db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("OWNER_CHANGED"))
                .and(AUDIT_EVENT.ENTITY_ID.eq(item.getId()))
                .fetchSingle();
        assertThat(event.getActorId()).isEqualTo(userId("leader"));
        assertThat(event.getBeforeState().data()).contains("\"owner_id\": " + userId("manager2"));
        assertThat(event.getAfterState().data()).contains("\"owner_id\": " + userId("manager"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "viewer"})
    void only_leaders_may_hand_over_even_an_item_the_user_owns(String username) {
        var item = openItemOwnedBy("manager");
        SignIn.as(users, username);

        assertThat(ownership.mayHandOver()).isFalse();
        assertThatThrownBy(() -> ownership.handOver(item.getId(), item.getVersion(), userId("manager2")))
                .isInstanceOf(AccessDeniedException.class);
        assertUnchanged(item);
    }

    @Test
    void a_hand_over_against_a_stale_version_is_refused() {
        var item = openItemOwnedBy("manager");
        SignIn.as(users, "leader");

        assertThatThrownBy(() -> ownership.handOver(item.getId(), item.getVersion() - 1, userId("manager2")))
                .isInstanceOf(ConcurrentEditException.class);
        assertUnchanged(item);
    }

    @Test
    void an_item_goes_only_to_an_active_leader_or_programme_manager() {
        var item = openItemOwnedBy("manager");
        SignIn.as(users, "leader");

        assertRefused(item, userId("viewer"), "ownership.owner-unknown");
        assertRefused(item, userId("manager"), "ownership.same-owner");
        db.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.ID.eq(userId("manager2")))
                .execute();
        assertRefused(item, userId("manager2"), "ownership.owner-unknown");
        assertUnchanged(item);
    }

    @Test
    void the_picker_offers_active_leaders_and_programme_managers_only() {
        SignIn.as(users, "leader");
        db.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.ID.eq(userId("manager2")))
                .execute();

        var offered =
                ownership.ownerChoices("", 0, 500).stream().map(Option::id).toList();

        assertThat(offered).contains(userId("leader"), userId("manager"));
        assertThat(offered).doesNotContain(userId("manager2"), userId("viewer"), userId("admin"));
        assertThat(ownership.ownerChoices("", 0, 1)).hasSize(1);
    }

    private void assertRefused(InitiativeRecord item, long newOwner, String messageKey) {
        assertThatThrownBy(() -> ownership.handOver(item.getId(), item.getVersion(), newOwner))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo(messageKey);
    }

    private void assertUnchanged(InitiativeRecord item) {
        var after = stored(item.getId());
        assertThat(after.getOwnerId()).isEqualTo(item.getOwnerId());
        assertThat(after.getVersion()).isEqualTo(item.getVersion());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("OWNER_CHANGED")))
                .isZero();
    }

    private InitiativeRecord openItemOwnedBy(String username) {
        return ItemRows.firstOwnedBy(db, username, INITIATIVE.STAGE.in(Stage.OPEN));
    }

    private InitiativeRecord stored(long id) {
        return ItemRows.stored(db, id);
    }

    private long userId(String username) {
        return ItemRows.userId(db, username);
    }
}
