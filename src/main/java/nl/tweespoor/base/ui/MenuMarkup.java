package nl.tweespoor.base.ui;

import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The side navigation's items as markup, made once per role set and language. A new tab builds the layout afresh;
 * sixteen {@code SideNavItem}s with their icons are some fifty server-side components, a tenth of a main view's page
 * view in CPU and bytes, for a list that is the same for every user with those roles. The markup is the very DOM those
 * components render ({@code vaadin-side-nav-item} with {@code path}, {@code match-nested} and a prefix icon): the web
 * component highlights the current item and the router follows its links as before.
 */
@Component
class MenuMarkup {

    private record Key(List<MenuEntry> entries, Locale locale) {}

    private final MenuEntries menu;
    private final ConcurrentMap<Key, String> markup = new ConcurrentHashMap<>();

    MenuMarkup(MenuEntries menu) {
        this.menu = menu;
    }

    /** The signed-in user's items in {@code locale}, {@code translate} giving an entry's title (a translation key). */
    String forSignedInUser(Locale locale, Function<String, String> translate) {
        return markup.computeIfAbsent(new Key(menu.forSignedInUser(), locale), key -> of(key.entries(), translate));
    }

    static String of(List<MenuEntry> entries, Function<String, String> translate) {
        var html = new StringBuilder();
        for (var entry : entries) {
            // relative to the page's base, as SideNavItem writes a route's path ("/budget" is "budget")
            var path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            html.append("<vaadin-side-nav-item path=\"").append(escape(path)).append('"');
            // the dashboard ("") would otherwise be current on every page
            if (!path.isEmpty()) {
                html.append(" match-nested");
            }
            html.append('>');
            var icon = entry.icon();
            if (icon != null) {
                html.append("<vaadin-icon icon=\"").append(escape(icon)).append("\" slot=\"prefix\"></vaadin-icon>");
            }
            html.append(escape(translate.apply(entry.title()))).append("</vaadin-side-nav-item>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
