package nl.tweespoor.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import nl.tweespoor.review.BoardPackService;
import nl.tweespoor.review.ReviewRow;

/**
 * Downloads the review's board pack as a PDF or as a PowerPoint in the reader's language, made (and audited) when the
 * link is followed.
 */
class BoardPackLink extends Anchor {

    /** The two forms of the board pack: the document to read and the slides to present from. */
    enum Format {
        PDF("board-pack", "review.board-pack", "pdf", "application/pdf"),
        PPTX(
                "board-pack-pptx",
                "review.board-pack-pptx",
                "pptx",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation");

        private final String id;
        private final String label;
        private final String extension;
        private final String contentType;

        Format(String id, String label, String extension, String contentType) {
            this.id = id;
            this.label = label;
            this.extension = extension;
            this.contentType = contentType;
        }

        byte[] make(BoardPackService boardPack, long review, Locale locale) {
            return this == PDF ? boardPack.pdf(review, locale) : boardPack.pptx(review, locale);
        }
    }

    /** The board pack as a PDF to read and, beside it, as a PowerPoint to present from. */
    static Component both(BoardPackService boardPack, ReviewRow review) {
        var links = new HorizontalLayout(
                new BoardPackLink(boardPack, review, Format.PDF), new BoardPackLink(boardPack, review, Format.PPTX));
        links.setSpacing(true);
        links.setWrap(true);
        return links;
    }

    BoardPackLink(BoardPackService boardPack, ReviewRow review, Format format) {
        var handler = DownloadHandler.fromInputStream(event -> {
            var bytes = format.make(boardPack, review.id(), getLocale());
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    "board-pack-" + review.quarter() + "." + format.extension,
                    format.contentType,
                    bytes.length);
        });
        setHref(handler);
        setText(getTranslation(format.label));
        getElement().setAttribute("download", true);
        setId(format.id);
        addClassName("button-link");
    }
}
