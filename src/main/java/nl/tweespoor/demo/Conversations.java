package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.ITEM_COMMENT;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * What people wrote to each other on the items' pages over the year, each at its point in the item's life (a share
 * of the way from its start to its end or today), so that it never falls before the item began or after it ended.
 */
final class Conversations extends Chapter {

    Conversations(Story story) {
        super(story);
    }

    @Override
    void tell() {
        var lives = Lifespans.of(this);
        say(lives, "claims", "leader", "Mooi begin. In welke regio starten we?", 0.08);
        say(lives, "claims", "manager", "Regio Noord: daar zijn de eenvoudige schades het best te herkennen.", 0.12);
        say(lives, "claims", "leader", "Neem de schadebehandelaars mee in de evaluatie, niet alleen de klanten.", 0.5);
        say(lives, "fraud", "manager2", "Het model vindt 30% meer verdachte meldingen dan de huidige regels.", 0.3);
        say(lives, "fraud", "leader", "Hoe leggen we een onderzoeker uit waarom een melding rood is?", 0.55);
        say(
                lives,
                "routing",
                "manager",
                "Sinds de promotie loopt alle e-mail van Klantenservice via de routering.",
                0.4);
        say(lives, "acceptance", "manager", "Operations neemt het beheer volgend kwartaal over.", 0.85);
        say(
                lives,
                "platform",
                "leader",
                "Nieuwe AI-toepassingen graag via dit platform; geen losse contracten meer.",
                0.3);
        say(lives, "platform", "manager", "HR en Marketing willen aansluiten; de planning volgt.", 0.7);
        say(lives, "chat-hr", "manager2", "De bronnen van de regelingen worden nu elke maand bijgewerkt.", 0.6);
        say(
                lives,
                "code-it",
                "manager",
                "Ontwikkelaars willen de assistent houden; voorstel voor licenties volgt.",
                0.8);
        say(lives, "notes-hr", "manager2", "Twee kandidaten vroegen hun opname te wissen.", 0.7);
        say(lives, "telematics", "leader", "Het klantpanel is negatief over het meten van rijgedrag.", 0.8);
        say(lives, "mail-ks", "manager", "Antwoordtijd op e-mail van twee dagen naar vier uur.", 0.7);
        say(lives, "documents", "manager2", "Laatste documentstroom overgezet; het programma kan dicht.", 0.95);
        say(lives, "proactive", "leader", "Eerst de privacy-toets, dan pas klantcontact.", 0.5);
        say(lives, "ks-translate", "manager2", "Arabisch toegevoegd op verzoek van de teams in Rotterdam.", 0.5);
        say(lives, "hr-vacancy", "manager2", "Vacatureteksten scoren beter op inclusiviteit; zie de lessen.", 0.9);
        // The recent ones, relative to today.
        comment("fraud", "leader", "Zonder afgeronde bias-analyse gaat dit niet naar opschalen.", now.minusDays(9));
        comment("claims", "manager", "Regio Oost staat klaar voor de volgende stap.", now.minusDays(4));
        comment(
                "chat-mkt",
                "leader",
                "Waarom een derde chatbotleverancier? Graag afstemmen met IT-platform.",
                now.minusDays(6));
        comment(
                "cashflow",
                "leader",
                "Wanneer komt de volgende update? Het datateam wacht op een afspraak.",
                now.minusDays(20));
    }

    private void say(Map<String, Lifespan> lives, String item, String author, String body, double share) {
        comment(item, author, body, Objects.requireNonNull(lives.get(item)).at(share));
    }

    private void comment(String item, String author, String body, OffsetDateTime at) {
        db.insertInto(ITEM_COMMENT)
                .set(ITEM_COMMENT.INITIATIVE_ID, items.get(item))
                .set(ITEM_COMMENT.AUTHOR_ID, users.get(author))
                .set(ITEM_COMMENT.BODY, body)
                .set(ITEM_COMMENT.CREATED_AT, at)
                .execute();
    }
}
