package nl.tweespoor.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A section that another feature adds to an item's page (e.g. the review decisions), so the item pages need not
 * depend on every feature that has something to say about an item.
 */
public interface ItemPageSection {

    Component create(long initiativeId);
}
