package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import java.math.BigDecimal;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.status.Rag;

/**
 * The recent status updates with RAG, progress and spend this quarter; one item is left stale on purpose. The months
 * before them are in StatusHistory.
 */
final class StatusUpdates extends Chapter {

    StatusUpdates(Story story) {
        super(story);
    }

    @Override
    void tell() {
        update(
                "claims",
                "manager",
                Rag.GREEN,
                45,
                12,
                175_000,
                "Pilot loopt in regio Noord; 38% van de eenvoudige " + "schades binnen 48 uur.",
                "Capaciteit schadebehandelaars voor de controle.",
                "Uitbreiden naar " + "regio Oost.");
        update(
                "claims",
                "manager",
                Rag.AMBER,
                30,
                60,
                150_000,
                "Integratie met het schadesysteem kost meer tijd.",
                "Planning pilot schuift een maand.",
                "Extra ontwikkelaar inzetten.");
        update(
                "proactive",
                "manager2",
                Rag.GREEN,
                15,
                20,
                80_000,
                "Verkenning van signalen in contactdata afgerond.",
                "Toestemming voor datagebruik.",
                "Privacy-toets en businesscase.");
        update(
                "routing",
                "manager",
                Rag.GREEN,
                80,
                9,
                55_000,
                "Opgeschaald naar alle e-mail; doorlooptijd -1,2 dag.",
                "Geen.",
                "Chatkanaal toevoegen.");
        update(
                "fraud",
                "manager2",
                Rag.RED,
                40,
                5,
                140_000,
                "Model signaleert goed, maar uitlegbaarheid voor " + "onderzoekers schiet tekort.",
                "Principe 'geen ongerechtvaardigd onderscheid' nog niet " + "aangetoond.",
                "Bias-analyse en uitleg per score.");
        update(
                "acceptance",
                "manager",
                Rag.GREEN,
                100,
                30,
                30_000,
                "In bedrijf; 72% van de aanvragen automatisch " + "geaccepteerd.",
                "Geen.",
                "Beheer overdragen aan Operations.");
        // The stale item: no update for 70 days.
        update(
                "cashflow",
                "manager2",
                Rag.AMBER,
                10,
                70,
                20_000,
                "Data uit het grootboek is lastig te ontsluiten.",
                "Datakwaliteit.",
                "Afspraak met datateam.");
        update(
                "platform",
                "manager",
                Rag.GREEN,
                50,
                15,
                110_000,
                "Platform staat; twee toepassingen draaien erop.",
                "Afdelingen kopen nog eigen tools.",
                "Aansluiten van de chatbots.");
        update(
                "chat-ks",
                "manager",
                Rag.GREEN,
                60,
                10,
                5_000,
                "Beantwoordt 40% van de polisvragen zelfstandig.",
                "Geen.",
                "Koppeling met polisadministratie.");
        update(
                "chat-hr",
                "manager2",
                Rag.AMBER,
                50,
                25,
                4_000,
                "Medewerkers gebruiken de bot, maar antwoorden " + "zijn soms verouderd.",
                "Bronnen niet actueel.",
                "Regelingen opschonen.");
        update(
                "chat-mkt",
                "leader",
                Rag.RED,
                30,
                8,
                11_000,
                "Kosten hoger dan gepland; leverancier rekent per " + "gesprek.",
                "Budgetoverschrijding.",
                "Besluit in de kwartaalreview.");
        update(
                "claims-summary",
                "manager",
                Rag.GREEN,
                70,
                6,
                7_000,
                "Behandelaars lezen dossiers 30% sneller.",
                "Geen.",
                "Meten op kwaliteit van besluiten.");
        update(
                "ops-knowledge",
                "manager",
                Rag.GREEN,
                55,
                18,
                6_000,
                "Goede zoekresultaten; adoptie groeit.",
                "Geen.",
                "Uitbreiden naar Finance.");
        update(
                "ks-translate",
                "manager2",
                Rag.GREEN,
                80,
                14,
                3_000,
                "Vertalingen Engels, Pools en Arabisch in " + "gebruik.",
                "Geen.",
                "Afronden en lessen delen.");
        update(
                "it-meeting",
                "manager",
                Rag.GREEN,
                75,
                11,
                4_000,
                "Verslagen binnen 5 minuten rondgestuurd.",
                "Geen.",
                "Afronden.");
        update(
                "code-review",
                "manager",
                Rag.AMBER,
                40,
                21,
                5_000,
                "Veel valse meldingen in legacy-code.",
                "Ontwikkelaars negeren de meldingen.",
                "Regels afstellen.");
        update(
                "img-mkt",
                "leader",
                Rag.GREEN,
                60,
                16,
                6_000,
                "Campagnebeelden in een dag in plaats van een week.",
                "Rechten op gegenereerde beelden.",
                "Juridische check.");
        update(
                "report-fin",
                "manager2",
                Rag.GREEN,
                50,
                19,
                5_000,
                "Eerste concepten van de maandrapportage klaar.",
                "Geen.",
                "Vergelijken met handmatige versie.");
    }

    private void update(
            String key,
            String author,
            Rag rag,
            int progress,
            int daysAgo,
            long spend,
            String summary,
            String risks,
            String nextSteps) {
        // Never before the item's first quarter: early in a quarter, "8 days ago" can fall before it began.
        var begun = Quarter.parse(db.fetchValue(INITIATIVE.START_QUARTER, INITIATIVE.ID.eq(items.get(key))))
                .firstDay()
                .atStartOfDay()
                .atOffset(now.getOffset());
        // Owners write at their own hour of the day, not all at the minute the demo was loaded.
        var written = now.minusDays(daysAgo).withHour(8 + key.length() % 9).withMinute(key.length() * 7 % 60);
        var moment = written.isBefore(begun) ? begun : written;
        db.insertInto(STATUS_UPDATE)
                .set(STATUS_UPDATE.INITIATIVE_ID, items.get(key))
                .set(STATUS_UPDATE.AUTHOR_ID, users.get(author))
                .set(STATUS_UPDATE.RAG, rag)
                .set(STATUS_UPDATE.PROGRESS_PCT, progress)
                .set(STATUS_UPDATE.QUARTER, Quarter.of(moment.toLocalDate()).toString())
                .set(STATUS_UPDATE.SPEND, BigDecimal.valueOf(spend))
                .set(STATUS_UPDATE.SUMMARY, summary)
                .set(STATUS_UPDATE.RISKS, risks)
                .set(STATUS_UPDATE.NEXT_STEPS, nextSteps)
                .set(STATUS_UPDATE.CREATED_AT, moment)
                .execute();
    }
}
