package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.JOURNEY;

import org.jspecify.annotations.Nullable;

/**
 * The customer journeys and internal chains leaders chose, with every intent. Two of them make the journey map's
 * signals visible: the car insurance journey is to be redesigned, but its only redesign programme (telematics) was
 * stopped and nothing else is funded ("redesign promised, nothing funded"); home insurance acceptance is exhausted and
 * due for replacement, yet money is still planned this year on optimising it ("polishing what is exhausted"). Told
 * before the programmes, which name their journey by title.
 */
final class Journeys extends Chapter {

    Journeys(Story story) {
        super(story);
    }

    @Override
    void tell() {
        int year = current.year();
        journey(
                "Schademelding tot uitbetaling",
                "CUSTOMER_JOURNEY",
                "leader",
                "REDESIGN",
                year + 2,
                "Van de eerste melding tot het geld op de rekening: in 48 uur voor eenvoudige schades.");
        journey(
                "Verlenging en levensgebeurtenissen",
                "CUSTOMER_JOURNEY",
                "leader",
                "REDESIGN",
                year + 1,
                "Klanten proactief benaderen bij verhuizing, gezinsuitbreiding of pensioen.");
        journey(
                "Nieuwe propositie: risicoscan en sensoren",
                "CUSTOMER_JOURNEY",
                "leader",
                "REDESIGN",
                year + 3,
                "Preventie als dienst voor het mkb: een nieuwe klantreis, niet een verbeterde.");
        journey(
                "Autoverzekering",
                "CUSTOMER_JOURNEY",
                "leader",
                "REDESIGN",
                year + 2,
                "Premie en service op basis van rijgedrag; na het stoppen van telematica nog zonder nieuw programma.");
        journey(
                "Inkomende e-mail en chat",
                "CUSTOMER_JOURNEY",
                "manager",
                "OPTIMISE",
                null,
                "Klantvragen via mail en chat sneller bij de juiste medewerker en sneller beantwoord.");
        journey(
                "Offerte tot polis",
                "CUSTOMER_JOURNEY",
                "manager2",
                "OPTIMISE",
                null,
                "Van offerteaanvraag op de website tot de polis in de mailbox.");
        journey(
                "Schadebeoordeling",
                "INTERNAL_CHAIN",
                "manager2",
                "OPTIMISE",
                null,
                "De beoordeling van schades achter de schermen, inclusief fraudesignalen.");
        journey(
                "Maandafsluiting en prognose",
                "INTERNAL_CHAIN",
                "manager2",
                "OPTIMISE",
                null,
                "Afsluiten, rapporteren en vooruitkijken in Finance.");
        journey(
                "Alle AI-toepassingen",
                "INTERNAL_CHAIN",
                "leader",
                "OPTIMISE",
                null,
                "De gedeelde spelregels en het platform onder elke AI-toepassing.");
        journey(
                "Inkoop tot betaling",
                "INTERNAL_CHAIN",
                "manager2",
                "OPTIMISE",
                null,
                "Van bestelling tot betaalde factuur.");
        journey(
                "Instroom medewerkers",
                "INTERNAL_CHAIN",
                null,
                "OPTIMISE",
                null,
                "Werving, onboarding en de eerste maanden van nieuwe collega's.");
        journey(
                "Acceptatie woonverzekering",
                "INTERNAL_CHAIN",
                "leader",
                "EXHAUSTED",
                null,
                "Het acceptatiesysteem wordt vervangen door het nieuwe polisplatform; optimaliseren loont niet meer.");
        journey(
                "Postverwerking",
                "INTERNAL_CHAIN",
                "leader",
                "EXHAUSTED",
                null,
                "Papieren post verdwijnt; de herkenning is af en er wordt niets meer in gestoken.");
    }

    @SuppressWarnings("java:S107")
    private void journey(
            String title,
            String kind,
            @Nullable String owner,
            String intent,
            @Nullable Integer redesignBy,
            String description) {
        journeys.put(
                title,
                db.insertInto(JOURNEY)
                        .set(JOURNEY.TITLE, title)
                        .set(JOURNEY.KIND, kind)
                        .set(JOURNEY.OWNER_ID, owner == null ? null : users.get(owner))
                        .set(JOURNEY.INTENT, intent)
                        .set(JOURNEY.REDESIGN_BY, redesignBy)
                        .set(JOURNEY.DESCRIPTION, description)
                        .set(JOURNEY.CREATED_AT, now.minusDays(200))
                        .returning(JOURNEY.ID)
                        .fetchSingle(JOURNEY.ID));
    }
}
