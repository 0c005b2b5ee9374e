package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.benefits.AmbitionMirrorService;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 13: the board pack holds the ambition mirror, its question and its figures, in the reader's language. */
@WithUserDetails("viewer")
class BoardPackMirrorTest extends DatabaseTest {

    @Autowired
    BoardPackService boardPacks;

    @Autowired
    AmbitionMirrorService mirrors;

    @Autowired
    DSLContext db;

    @Test
    void the_board_pack_asks_the_question_and_shows_each_quarters_share_in_dutch() throws IOException {
        var text = text(Translations.DUTCH);
        var mirror = mirrors.mirror();

        assertThat(text)
                .contains("Ambitiespiegel")
                .contains("Ontwerpen we onze toekomst of optimaliseren we ons verleden?");
        var planned = mirror.quarters().stream()
                .filter(q -> q.sharePct() != null)
                .findFirst()
                .orElseThrow();
        assertThat(text)
                .contains(planned.quarter())
                .contains(Formats.number(planned.sharePct(), Translations.DUTCH) + "%");
    }

    @Test
    void the_board_pack_asks_the_question_in_english() throws IOException {
        assertThat(text(Locale.ENGLISH))
                .contains("Ambition mirror")
                .contains("Are we designing our future or optimising our past?");
    }

    private String text(Locale locale) throws IOException {
        // the review in progress: its pack shows today's mirror (a closed one shows the mirror kept at its closing)
        long review = db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle(REVIEW.ID);
        var pdf = boardPacks.pdf(review, locale);
        // Kept for a look at the drawn chart, as the browser tests keep their screenshots.
        var file = Path.of("target", "screenshots", "board-pack-mirror-" + locale.getLanguage() + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }
}
