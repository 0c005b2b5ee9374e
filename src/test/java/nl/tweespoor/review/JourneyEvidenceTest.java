package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import nl.tweespoor.journey.JourneySignal;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 13: the review agenda's evidence names the journey an item touches and its signal, on screen and in the board
 * pack: the demo's home insurance acceptance is exhausted, yet its acceptance programme still has money planned.
 */
@Transactional
@WithUserDetails("leader")
class JourneyEvidenceTest extends DatabaseTest {

    private static final String ACCEPTANCE = "Automatische polisacceptatie";

    @Autowired
    AgendaService agenda;

    @Autowired
    BoardPackService boardPacks;

    @Autowired
    DSLContext db;

    @Test
    void an_item_on_an_exhausted_journey_carries_the_polishing_signal_in_its_evidence() {
        var evidence = agenda.evidence(openReview(), item(ACCEPTANCE));

        var journey = evidence.journey();
        assertThat(journey).isNotNull();
        assertThat(journey.title()).isEqualTo("Acceptatie woonverzekering");
        assertThat(journey.signals()).containsExactly(JourneySignal.EXHAUSTED_POLISHED);
    }

    @Test
    void every_agenda_item_has_journey_evidence_exactly_when_it_names_a_journey() {
        var items = agenda.all(openReview());

        assertThat(items).anyMatch(i -> i.journey() == null).anyMatch(i -> i.journey() != null);
        for (var item : items) {
            var named = db.fetchValue(INITIATIVE.JOURNEY_ID, INITIATIVE.ID.eq(item.initiativeId())) != null;
            assertThat(item.journey() != null).as(item.title()).isEqualTo(named);
        }
    }

    @Test
    void the_board_pack_prints_the_journey_and_its_signal() throws IOException {
        var pdf = boardPacks.pdf(openReview(), Locale.ENGLISH);

        var text = new StringBuilder();
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        var flat = text.toString().replaceAll("\\s+", " ");
        assertThat(flat)
                .contains("Acceptatie woonverzekering · Exhausted, to be replaced · Polishing what is exhausted");
    }

    private long item(String title) {
        return db.fetchSingle(INITIATIVE, INITIATIVE.TITLE.eq(title)).getId();
    }

    private long openReview() {
        return db.fetchSingle(REVIEW, REVIEW.STATUS.eq("IN_PROGRESS")).getId();
    }
}
