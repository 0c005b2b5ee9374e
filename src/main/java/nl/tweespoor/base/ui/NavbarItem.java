package nl.tweespoor.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the navbar of every view (the user menu with the language switch, say), so the frame
 * need not depend on the features. Implementations are Spring beans; {@link org.springframework.core.annotation.Order}
 * sets their place from left to right.
 */
public interface NavbarItem {

    /** A new component for one view's navbar (called once per UI). */
    Component create();
}
