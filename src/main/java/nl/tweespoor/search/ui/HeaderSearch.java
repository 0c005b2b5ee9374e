package nl.tweespoor.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.base.ui.NavbarItem;
import org.springframework.core.annotation.Order;

/**
 * The search field in every view's header: Enter opens /search?q=…. Ctrl+K focuses it from anywhere, and so does "/"
 * unless the user is typing in a field (then "/" is just a character).
 */
@org.springframework.stereotype.Component
@Order(10)
class HeaderSearch implements NavbarItem {

    /**
     * Focuses the field on "/" from the page, not from an input, text area, select or editable element (the key's
     * real target, inside shadow roots too). One listener per page: a new header replaces the old one's.
     */
    private static final String SLASH_FOCUS = """
            const field = this;
            if (window.__tweespoorSearchSlash) {
                document.removeEventListener('keydown', window.__tweespoorSearchSlash, true);
            }
            window.__tweespoorSearchSlash = e => {
                if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || !field.isConnected) {
                    return;
                }
                const target = e.composedPath()[0];
                const typing = target && (target.isContentEditable
                        || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
                if (!typing) {
                    e.preventDefault();
                    field.focus();
                }
            };
            document.addEventListener('keydown', window.__tweespoorSearchSlash, true);
            """;

    @Override
    public Component create() {
        var field = new TextField();
        field.setId("header-search");
        field.addClassName("header-search");
        field.setPlaceholder(field.getTranslation("search.placeholder"));
        field.setAriaLabel(field.getTranslation("search.label"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchView.MAX_LENGTH);
        field.getElement().setAttribute("title", field.getTranslation("search.shortcuts"));
        field.addFocusShortcut(Key.KEY_K, KeyModifier.CONTROL);
        field.addKeyPressListener(Key.ENTER, e -> {
            var words = field.getValue().strip();
            if (!words.isEmpty()) {
                UI.getCurrent().navigate(SearchView.class, SearchView.query(words));
                field.clear();
                field.blur();
            }
        });
        field.addAttachListener(e -> field.getElement().executeJs(SLASH_FOCUS));
        return field;
    }
}
