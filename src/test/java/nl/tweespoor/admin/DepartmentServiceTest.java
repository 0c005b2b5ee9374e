package nl.tweespoor.admin;

import static nl.tweespoor.admin.AdminFixtures.events;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Option;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §3: admins keep the departments; a deactivated one is no longer offered for new items. */
@Transactional
class DepartmentServiceTest extends DatabaseTest {

    @Autowired
    DepartmentService departments;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails("admin")
    void an_item_in_a_deactivated_department_keeps_it_among_its_choices_and_others_do_not_see_it() {
        long id = departments.add("Oude Afdeling");
        departments.setActive(id, 1, false);

        assertThat(departments.choicesKeeping(id, "Oude Afdeling"))
                .extracting(Option::label)
                .contains("Oude Afdeling");
        var active = departments.activeDepartments();
        assertThat(departments.choicesKeeping(
                        active.getFirst().id(), active.getFirst().label()))
                .extracting(Option::label)
                .containsExactlyElementsOf(active.stream().map(Option::label).toList());
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_adds_renames_deactivates_and_reactivates_a_department_each_audited() {
        long id = departments.add("  Juridische Zaken ");
        assertThat(departments.activeDepartments()).extracting(Option::label).contains("Juridische Zaken");

        departments.rename(id, 1, "Legal");
        departments.setActive(id, 2, false);

        assertThat(departments.activeDepartments()).extracting(Option::label).doesNotContain("Legal");
        assertThat(departments.all())
                .filteredOn(row -> row.id() == id)
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.name()).isEqualTo("Legal");
                    assertThat(row.active()).isFalse();
                    assertThat(row.items()).isZero();
                });
        departments.setActive(id, 3, true);
        assertThat(departments.activeDepartments()).extracting(Option::label).contains("Legal");
        for (var kind : new String[] {
            "DEPARTMENT_CREATED", "DEPARTMENT_RENAMED", "DEPARTMENT_DEACTIVATED", "DEPARTMENT_REACTIVATED"
        }) {
            assertThat(events(db, kind, id)).as(kind).isEqualTo(1);
        }
    }

    @Test
    @WithUserDetails("admin")
    void the_list_counts_the_items_of_each_department() {
        var all = departments.all();

        assertThat(all).hasSize(db.fetchCount(DEPARTMENT));
        assertThat(all)
                .filteredOn(row -> row.name().equals("Klantenservice"))
                .singleElement()
                .satisfies(row -> assertThat(row.items()).isPositive());
    }

    @Test
    @WithUserDetails("admin")
    void names_are_required_and_unique_whatever_their_case() {
        var it = db.selectFrom(DEPARTMENT).where(DEPARTMENT.NAME.eq("IT")).fetchSingle();

        assertRefused(() -> departments.add("  "), "admin.department.name-required");
        assertRefused(() -> departments.add(" klantenservice "), "admin.department.name-taken");
        assertRefused(() -> departments.add("x".repeat(101)), "validation.too-long");
        assertRefused(() -> departments.rename(it.getId(), it.getVersion(), "hr"), "admin.department.name-taken");

        departments.rename(it.getId(), it.getVersion(), "it");
        assertThat(db.fetchValue(DEPARTMENT.NAME, DEPARTMENT.ID.eq(it.getId()))).isEqualTo("it");
    }

    @Test
    @WithUserDetails("admin")
    void a_rename_against_a_stale_version_is_refused() {
        var hr = db.selectFrom(DEPARTMENT).where(DEPARTMENT.NAME.eq("HR")).fetchSingle();
        departments.rename(hr.getId(), hr.getVersion(), "Personeelszaken");

        assertThatThrownBy(() -> departments.rename(hr.getId(), hr.getVersion(), "P&O"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> departments.setActive(hr.getId(), hr.getVersion(), false))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(db.fetchValue(DEPARTMENT.NAME, DEPARTMENT.ID.eq(hr.getId()))).isEqualTo("Personeelszaken");
    }

    @Test
    void leaders_managers_and_viewers_cannot_change_departments() {
        var hr = db.selectFrom(DEPARTMENT).where(DEPARTMENT.NAME.eq("HR")).fetchSingle();
        for (var username : new String[] {"leader", "manager", "viewer"}) {
            SignIn.as(userDetailsService, username);
            assertThatThrownBy(() -> departments.add("Eigen afdeling"))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> departments.rename(hr.getId(), hr.getVersion(), "X"))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> departments.setActive(hr.getId(), hr.getVersion(), false))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(departments.activeDepartments()).as(username).isNotEmpty();
        }
        assertThat(db.fetchCount(DEPARTMENT, DEPARTMENT.NAME.eq("Eigen afdeling")))
                .isZero();
    }

    private static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
