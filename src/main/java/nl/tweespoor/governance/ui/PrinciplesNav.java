package nl.tweespoor.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** Switches between the catalogue and the matrix; each has its own address, so either can be bookmarked. */
class PrinciplesNav extends Nav {

    PrinciplesNav(Class<? extends Component> current) {
        addClassName("sub-nav");
        getElement().setAttribute("aria-label", getTranslation("menu.principles"));
        add(
                link("principle.catalogue", PrinciplesView.class, current),
                link("principle.matrix", PrinciplesMatrixView.class, current));
    }

    private RouterLink link(String key, Class<? extends Component> target, Class<? extends Component> current) {
        var link = new RouterLink(getTranslation(key), target);
        link.setId("nav-" + key.substring(key.indexOf('.') + 1));
        if (target == current) {
            link.addClassName("current");
            ((HasElement) link).getElement().setAttribute("aria-current", "page");
        }
        return link;
    }
}
