package nl.tweespoor.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import nl.tweespoor.review.BoardPackService;
import nl.tweespoor.review.ReviewRow;

/** Downloads the review's board pack as a PDF in the reader's language, made when the link is followed. */
class BoardPackLink extends Anchor {

    BoardPackLink(BoardPackService boardPack, ReviewRow review) {
        var handler = DownloadHandler.fromInputStream(event -> {
            var bytes = boardPack.pdf(review.id(), getLocale());
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    "board-pack-" + review.quarter() + ".pdf",
                    "application/pdf",
                    bytes.length);
        });
        setHref(handler);
        setText(getTranslation("review.board-pack"));
        getElement().setAttribute("download", true);
        setId("board-pack");
        addClassName("button-link");
    }
}
