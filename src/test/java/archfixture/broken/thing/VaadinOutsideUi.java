package archfixture.broken.thing;

import com.vaadin.flow.component.html.Span;

/** Breaks "Vaadin only in ui packages and security". */
class VaadinOutsideUi {
    Span label() {
        return new Span("x");
    }
}
