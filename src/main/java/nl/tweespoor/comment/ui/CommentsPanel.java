package nl.tweespoor.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.comment.Comment;
import nl.tweespoor.comment.CommentService;

/** The comment thread of an item, newest first, with a box to add one and in-place editing for 15 minutes. */
public class CommentsPanel extends Div {

    private final CommentService service;
    private final long initiativeId;
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    public CommentsPanel(CommentService service, long initiativeId) {
        this.service = service;
        this.initiativeId = initiativeId;
        addClassName("comments");
        add(new H3(getTranslation("comment.heading")));
        if (service.mayComment()) {
            var box = new TextArea(getTranslation("comment.new"));
            box.setMaxLength(Comment.MAX_BODY);
            box.setWidthFull();
            box.setId("comment-new");
            var post = new Button(getTranslation("comment.post"), e -> post(box));
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            post.setId("comment-post");
            add(box, post);
        }
        list.addClassName("comment-list");
        list.setId("comment-list");
        more.setText(getTranslation("comment.more"));
        more.setId("comment-more");
        more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> load(CommentService.PAGE));
        add(list, more);
        refresh();
    }

    private void post(TextArea box) {
        if (Actions.attempt(() -> service.add(initiativeId, box.getValue()))) {
            box.clear();
            // The new comment comes first; the ones shown stay shown.
            shown++;
            refresh();
        }
    }

    /** The newest comments again, as many as were shown (a page at least). */
    private void refresh() {
        int count = Math.max(CommentService.PAGE, shown);
        list.removeAll();
        shown = 0;
        load(count);
    }

    /** The next {@code count} older comments, below those shown. */
    private void load(int count) {
        var page = service.page(initiativeId, shown, count);
        if (shown == 0 && page.items().isEmpty()) {
            list.add(new Paragraph(getTranslation("comment.none")));
        }
        page.items().forEach(comment -> list.add(entry(comment)));
        shown += page.items().size();
        more.setVisible(page.more());
    }

    private Div entry(Comment comment) {
        var meta = new Span(comment.authorName() + " · " + Formats.dateTime(comment.createdAt(), getLocale())
                + (comment.editedAt() == null ? "" : " · " + getTranslation("comment.edited")));
        meta.addClassName("comment-meta");
        var body = new Paragraph(comment.body());
        body.addClassName("comment-body");
        var entry = new Div(meta, body);
        entry.addClassName("comment");
        if (comment.editable()) {
            var edit = new Button(getTranslation("action.edit"), e -> editInPlace(entry, comment));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            entry.add(edit);
        }
        return entry;
    }

    private void editInPlace(Div entry, Comment comment) {
        entry.removeAll();
        var text = new TextArea(getTranslation("comment.edit"));
        text.setValue(comment.body());
        text.setWidthFull();
        text.setMaxLength(Comment.MAX_BODY);
        var save = new Button(getTranslation("action.save"), e -> {
            if (Actions.attempt(() -> service.edit(comment.id(), comment.version(), text.getValue()))) {
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var cancel = new Button(getTranslation("action.cancel"), e -> refresh());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        entry.add(text, save, cancel);
    }
}
