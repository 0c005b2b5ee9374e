package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §3: who may propose, edit and read items, with ownership. */
@Transactional
class InitiativePermissionTest extends DatabaseTest {

    @Autowired
    InitiativeService service;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void leader_proposes_and_becomes_owner() {
        long id = service.propose(Track.PERSONAL, Drafts.experiment("Leider probeert", hr()));

        assertThat(stored(id).getOwnerId()).isEqualTo(userId("leader"));
        assertThat(stored(id).getStage()).isEqualTo(Stage.PROPOSED);
    }

    @Test
    @WithUserDetails("leader")
    void leader_edits_an_item_owned_by_someone_else() {
        var item = firstItemOwnedBy("manager2");
        var details = service.details(item.getId());

        service.update(item.getId(), details.version(), Drafts.withTitle(details.draft(), "Door leider aangepast"));

        assertThat(stored(item.getId()).getTitle()).isEqualTo("Door leider aangepast");
        assertThat(stored(item.getId()).getOwnerId()).isEqualTo(userId("manager2"));
    }

    @Test
    @WithUserDetails("manager")
    void programme_manager_proposes_and_becomes_owner() {
        long id = service.propose(Track.STRATEGIC, Drafts.programme("Programma van Mark", hr()));

        assertThat(stored(id).getOwnerId()).isEqualTo(userId("manager"));
        assertThat(stored(id).getStage()).isEqualTo(Stage.IDEA);
    }

    @Test
    @WithUserDetails("manager")
    void programme_manager_edits_own_item() {
        var item = firstItemOwnedBy("manager");
        var details = service.details(item.getId());

        service.update(item.getId(), details.version(), Drafts.withTitle(details.draft(), "Eigen item aangepast"));

        assertThat(stored(item.getId()).getTitle()).isEqualTo("Eigen item aangepast");
    }

    @Test
    @WithUserDetails("manager")
    void programme_manager_cannot_edit_someone_elses_item() {
        var item = firstItemOwnedBy("manager2");
        var details = service.details(item.getId());

        assertThatThrownBy(() ->
                        service.update(item.getId(), details.version(), Drafts.withTitle(details.draft(), "Gekaapt")))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey())
                .isEqualTo("error.not-permitted.edit-item");

        var after = stored(item.getId());
        assertThat(after.getTitle()).isEqualTo(item.getTitle());
        assertThat(after.getVersion()).isEqualTo(item.getVersion());
    }

    @Test
    @WithUserDetails("manager")
    void programme_manager_may_edit_own_items_only() {
        assertThat(service.mayEdit(service.details(firstItemOwnedBy("manager").getId())))
                .isTrue();
        assertThat(service.mayEdit(service.details(firstItemOwnedBy("manager2").getId())))
                .isFalse();
        assertThat(service.mayPropose()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void viewer_reads_pages_counts_and_details() {
        assertReadsEverything();
    }

    @Test
    @WithUserDetails("admin")
    void admin_reads_pages_counts_and_details() {
        assertReadsEverything();
    }

    @Test
    @WithUserDetails("viewer")
    void viewer_cannot_propose_or_edit() {
        assertProposingAndEditingRefused();
    }

    @Test
    @WithUserDetails("admin")
    void admin_cannot_propose_or_edit() {
        assertProposingAndEditingRefused();
    }

    private void assertReadsEverything() {
        int all = db.fetchCount(INITIATIVE);
        var filter = new InitiativeFilter(null, null, null, null, null);
        assertThat(service.count(filter)).isEqualTo(all);
        assertThat(service.page(filter, PageRequest.first(500))).hasSize(all);
        var item = firstItemOwnedBy("manager");
        assertThat(service.details(item.getId()).title()).isEqualTo(item.getTitle());
        assertThat(service.mayPropose()).isFalse();
        assertThat(service.mayEdit(service.details(item.getId()))).isFalse();
    }

    private void assertProposingAndEditingRefused() {
        int before = db.fetchCount(INITIATIVE);
        assertThatThrownBy(() -> service.propose(Track.PERSONAL, Drafts.experiment("Mag niet", hr())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(before);

        var item = firstItemOwnedBy("manager");
        var details = service.details(item.getId());
        assertThatThrownBy(() -> service.update(
                        item.getId(), details.version(), Drafts.withTitle(details.draft(), "Mag ook niet")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored(item.getId()).getTitle()).isEqualTo(item.getTitle());
        assertThat(stored(item.getId()).getVersion()).isEqualTo(item.getVersion());
    }

    private InitiativeRecord firstItemOwnedBy(String username) {
        return ItemRows.firstOwnedBy(db, username, DSL.noCondition());
    }

    private InitiativeRecord stored(long id) {
        return ItemRows.stored(db, id);
    }

    private long userId(String username) {
        return ItemRows.userId(db, username);
    }

    private long hr() {
        return Drafts.departmentId(db, "HR");
    }
}
