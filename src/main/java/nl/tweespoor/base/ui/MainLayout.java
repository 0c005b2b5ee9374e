package nl.tweespoor.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.tweespoor.base.DemoMode;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every view: the menu built from the views' @Menu entries, and what features add to the navbar
 * ({@link NavbarItem}, such as the user menu), so the frame depends on no feature.
 */
@Layout
@PermitAll
// The items' web components, which no server-side component of the layout names any more (MenuMarkup).
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    /** The page's one main landmark: the views are shown inside it, so screen readers can jump to the content. */
    private final Main main = new Main();

    private @Nullable HasElement view;

    MainLayout(List<NavbarItem> navbarItems, DemoMode demoMode, MenuMarkup menu) {
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
        navbarItems.forEach(item -> navbar.add(item.create()));
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassName("navbar");
        addToNavbar(navbar);
        addToDrawer(brand(), sideNav(menu.forSignedInUser(getLocale(), this::getTranslation)));
        main.addClassName("main-content");
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
        view = content;
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
        view = null;
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

    /**
     * The items come as markup made once per role set and language ({@link MenuMarkup}): the web components render and
     * highlight them, the server keeps no component per item.
     */
    private SideNav sideNav(String items) {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        nav.getElement().setProperty("innerHTML", items);
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(view instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
