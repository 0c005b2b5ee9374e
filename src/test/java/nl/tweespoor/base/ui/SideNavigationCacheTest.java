package nl.tweespoor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tweespoor.budget.ui.BudgetView;
import nl.tweespoor.dashboard.ui.DashboardView;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.Role;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 11: the side navigation's entries are checked once per set of roles and then come from a cache. */
class SideNavigationCacheTest extends BrowserlessUiTest {

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MenuEntries menuEntries;

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_the_views_for_everyone_and_none_of_the_leaders_or_admins() {
        navigate(DashboardView.class);

        var paths = menuPaths();
        assertThat(paths).contains("", "budget", "reviews").doesNotContain("audit", "my-items", "admin/users");
        assertThat(menuMarkup())
                .contains("<vaadin-side-nav-item path=\"budget\" match-nested><vaadin-icon icon=\"vaadin:euro\""
                        + " slot=\"prefix\"></vaadin-icon>" + text("menu.budget") + "</vaadin-side-nav-item>");
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_sees_the_audit_log_and_my_items_but_not_the_admin_views() {
        navigate(BudgetView.class);

        var paths = menuPaths();
        assertThat(paths).contains("", "budget", "audit", "my-items").doesNotContain("admin/users");
    }

    @Test
    @WithUserDetails("viewer")
    void the_entries_of_a_role_set_are_built_once_and_shared() {
        var cache = new MenuEntries();
        var roles = roleNames(currentUser.require().roles());

        var first = cache.forRoles(roles);
        var again = cache.forRoles(Set.copyOf(roles));

        assertThat(again).isSameAs(first);
        assertThat(cache.timesBuilt()).isEqualTo(1);
        assertThat(first).extracting(MenuEntry::path).doesNotContain("/audit");
    }

    @Test
    @WithUserDetails("leader")
    void each_role_set_has_entries_of_its_own() {
        var cache = new MenuEntries();
        var leader = cache.forRoles(roleNames(currentUser.require().roles()));
        var viewerSet = cache.forRoles(roleNames(EnumSet.of(Role.VIEWER)));

        assertThat(cache.timesBuilt()).isEqualTo(2);
        assertThat(leader).extracting(MenuEntry::path).contains("/audit");
        assertThat(cache.forRoles(roleNames(currentUser.require().roles()))).isSameAs(leader);
        assertThat(viewerSet).isNotSameAs(leader);
    }

    @Test
    @WithUserDetails("viewer")
    void navigating_again_reuses_the_cached_entries() {
        navigate(DashboardView.class);
        int built = menuEntries.timesBuilt();

        navigate(BudgetView.class);
        navigate(DashboardView.class);
        var paths = menuPaths();

        assertThat(menuEntries.timesBuilt()).isEqualTo(built);
        assertThat(paths).contains("budget").doesNotContain("audit");
    }

    @Test
    @WithUserDetails("viewer")
    void the_items_are_markup_made_once_per_role_set_and_language_with_no_component_per_item() {
        navigate(DashboardView.class);
        var first = menuMarkup();

        navigate(BudgetView.class);

        assertThat(menuMarkup()).isSameAs(first);
        assertThat($(SideNavItem.class).all()).isEmpty();
        assertThat($(SideNav.class).single().getElement().getAttribute("aria-label"))
                .isEqualTo(text("layout.navigation"));
    }

    @Test
    void item_titles_are_escaped_in_the_markup() {
        var entry = new MenuEntry("x", "<b>&\"</b>", 1.0, null, null);
        assertThat(MenuMarkup.of(java.util.List.of(entry), title -> title))
                .isEqualTo("<vaadin-side-nav-item path=\"x\" match-nested>&lt;b&gt;&amp;&quot;&lt;/b&gt;"
                        + "</vaadin-side-nav-item>");
    }

    private String menuMarkup() {
        return $(SideNav.class).single().getElement().getProperty("innerHTML");
    }

    private java.util.List<String> menuPaths() {
        return java.util.regex.Pattern.compile("path=\"([^\"]*)\"")
                .matcher(menuMarkup())
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(role -> "ROLE_" + role.name()).collect(Collectors.toSet());
    }
}
