package nl.tweespoor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.tweespoor.base.DemoMode;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.UserAccountService;

/** The frame around every view: the menu built from the views' @Menu entries, and the user menu. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(
            CurrentUser currentUser,
            UserAccountService accounts,
            AuthenticationContext authentication,
            DemoMode demoMode,
            MenuEntries menu) {
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        viewTitle.addClassName("view-title");
        var spacer = new Div();
        spacer.getStyle().set("flex-grow", "1");
        var navbar = new HorizontalLayout(toggle, viewTitle, spacer);
        if (demoMode.isOn()) {
            navbar.add(demoBadge());
        }
        navbar.add(userMenu(currentUser, accounts, authentication));
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassName("navbar");
        addToNavbar(navbar);
        addToDrawer(brand(), sideNav(menu.forRoles(currentUser.require().roles())));
    }

    private Div brand() {
        var name = new Span("Tweespoor");
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    /** Demo accounts share a published password: whoever sees this installation must know it is a demo. */
    private Span demoBadge() {
        var badge = new Span(getTranslation("layout.demo"));
        badge.addClassNames("badge", "badge-demo");
        badge.getElement().setAttribute("title", getTranslation("layout.demo-hint"));
        return badge;
    }

    /** The entries come checked for the user's roles from a cache; only their titles are translated here. */
    private SideNav sideNav(List<MenuEntry> entries) {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        entries.forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private SideNavItem navItem(MenuEntry entry) {
        // @Menu titles are translation keys, so the menu speaks the user's language.
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(!entry.path().isEmpty());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private MenuBar userMenu(
            CurrentUser currentUser, UserAccountService accounts, AuthenticationContext authentication) {
        var user = currentUser.require();
        var avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        var trigger = new HorizontalLayout(avatar, new Span(user.displayName()));
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(true);
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("layout.user-menu"));
        var root = menu.addItem(trigger);
        var sub = root.getSubMenu();
        var roles = user.roles().stream()
                .map(role -> getTranslation("role." + role.name()))
                .sorted()
                .collect(Collectors.joining(", "));
        sub.addItem(getTranslation("layout.roles", roles)).setEnabled(false);
        var language = sub.addItem(getTranslation("layout.language"));
        language.getSubMenu().addItem("Nederlands", e -> switchLanguage(accounts, Translations.DUTCH));
        language.getSubMenu().addItem("English", e -> switchLanguage(accounts, Translations.ENGLISH));
        // The change-password screen belongs to the admin feature; the layout only knows its address.
        sub.addItem(
                getTranslation("admin.change-password.title"),
                e -> UI.getCurrent().navigate("change-password"));
        sub.addItem(getTranslation("layout.logout"), e -> authentication.logout());
        return menu;
    }

    private static void switchLanguage(UserAccountService accounts, Locale locale) {
        accounts.changeLanguage(locale);
        var ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
