package nl.tweespoor.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.base.ui.NavbarItem;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.UserAccountService;

/** The signed-in user's menu at the right of the navbar: their roles, the language switch, password and sign-out. */
@org.springframework.stereotype.Component
class UserMenu implements NavbarItem {

    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final AuthenticationContext authentication;

    UserMenu(CurrentUser currentUser, UserAccountService accounts, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        var user = currentUser.require();
        var avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        var trigger = new HorizontalLayout(avatar, new Span(user.displayName()));
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(true);
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", menu.getTranslation("layout.user-menu"));
        var sub = menu.addItem(trigger).getSubMenu();
        var roles = user.roles().stream()
                .map(role -> menu.getTranslation("role." + role.name()))
                .sorted()
                .collect(Collectors.joining(", "));
        sub.addItem(menu.getTranslation("layout.roles", roles)).setEnabled(false);
        var language = sub.addItem(menu.getTranslation("layout.language"));
        language.getSubMenu().addItem("Nederlands", e -> switchLanguage(Translations.DUTCH));
        language.getSubMenu().addItem("English", e -> switchLanguage(Translations.ENGLISH));
        // The change-password screen belongs to the admin feature; the menu only knows its address.
        sub.addItem(
                menu.getTranslation("admin.change-password.title"),
                e -> UI.getCurrent().navigate("change-password"));
        sub.addItem(menu.getTranslation("layout.logout"), e -> authentication.logout());
        return menu;
    }

    private void switchLanguage(Locale locale) {
        accounts.changeLanguage(locale);
        var ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }
}
