package nl.tweespoor.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.review.ReviewRow;

/** The review's title and status, its board pack, and, while it may be decided, bulk continue and close. */
class ReviewHeader extends HorizontalLayout {

    ReviewHeader(ReviewRow review, Component boardPackLinks, boolean editable, Runnable bulk, Runnable close) {
        var title = new H2(getTranslation("review.title", review.quarter()));
        title.addClassName("detail-title");
        add(title, Badges.of(getTranslation("review.status." + review.status()), review.closed() ? "done" : "active"));
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWidthFull();
        setWrap(true);
        addAndExpand(new Span());
        add(boardPackLinks);
        if (editable) {
            var bulkButton = new Button(getTranslation("review.bulk"), e -> bulk.run());
            bulkButton.setId("bulk-continue");
            var closeButton = new Button(getTranslation("review.close"), e -> close.run());
            closeButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            closeButton.setId("review-close");
            add(bulkButton, closeButton);
        }
    }
}
