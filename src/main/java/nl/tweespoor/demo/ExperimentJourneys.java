package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.util.Objects;

/** Experiments that name the journey or chain they try AI on (the personal track stays light: most name none). */
final class ExperimentJourneys extends Chapter {

    ExperimentJourneys(Story story) {
        super(story);
    }

    @Override
    void tell() {
        link("chat-ks", "Inkomende e-mail en chat");
        link("mail-ks", "Inkomende e-mail en chat");
        link("chat-mkt", "Offerte tot polis");
        link("claims-summary", "Schademelding tot uitbetaling");
        link("claims-photo", "Schademelding tot uitbetaling");
        link("claims-letters", "Schademelding tot uitbetaling");
        link("report-fin", "Maandafsluiting en prognose");
        link("fin-invoice", "Inkoop tot betaling");
        link("hr-onboarding", "Instroom medewerkers");
        link("hr-vacancy", "Instroom medewerkers");
    }

    private void link(String item, String journey) {
        db.update(INITIATIVE)
                .set(INITIATIVE.JOURNEY_ID, Objects.requireNonNull(journeys.get(journey), journey))
                .where(INITIATIVE.ID.eq(Objects.requireNonNull(items.get(item), item)))
                .execute();
    }
}
