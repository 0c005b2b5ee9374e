package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The principles catalogue and how items were assessed against it, gaps included. */
final class PrinciplesAndAssessments extends Chapter {

    PrinciplesAndAssessments(Story story) {
        super(story);
    }

    @Override
    void tell() {
        principle(
                "DATA-1",
                "Klantdata blijft in de EU",
                "Persoonsgegevens worden alleen verwerkt in de EU, door "
                        + "leveranciers met een verwerkersovereenkomst.",
                "DATA");
        principle(
                "DATA-2",
                "Alleen noodzakelijke gegevens",
                "We gebruiken niet meer persoonsgegevens dan het doel "
                        + "vraagt, en nooit bijzondere persoonsgegevens zonder grondslag.",
                "DATA");
        principle(
                "ETH-1",
                "Geen ongerechtvaardigd onderscheid",
                "We toetsen modellen op onderscheid naar "
                        + "geslacht, leeftijd, herkomst en postcode voordat ze klanten raken.",
                "ETHICS");
        principle(
                "HUM-1",
                "De mens beslist bij klantimpact",
                "Een besluit met gevolgen voor een klant neemt altijd " + "een medewerker; AI adviseert.",
                "HUMAN_ROLE");
        principle(
                "EXP-1",
                "Uitlegbaar aan klant en toezichthouder",
                "We kunnen in gewone taal uitleggen waarom " + "een AI-advies tot stand kwam.",
                "EXPLAINABILITY");
        principle(
                "SEC-1",
                "Goedgekeurde omgeving en toegang",
                "AI-toepassingen draaien in een door IT " + "goedgekeurde omgeving met toegangsbeheer en logging.",
                "SECURITY");
        principle(
                "OTH-1",
                "Platform eerst",
                "We bouwen op het gedeelde AI-platform, tenzij er een goede reden is " + "om dat niet te doen.",
                "OTHER");
        var all = List.of("DATA-1", "DATA-2", "ETH-1", "HUM-1", "EXP-1", "SEC-1", "OTH-1");
        for (var key : List.of("claims", "routing", "acceptance", "documents", "platform")) {
            all.forEach(code -> assess(key, code, "MEETS", null, "leader"));
        }
        all.forEach(code -> assess(
                "fraud",
                code,
                code.equals("ETH-1") ? "GAP" : "MEETS",
                code.equals("ETH-1") ? "Bias-analyse op postcode nog niet uitgevoerd." : null,
                "manager2"));
        assess("chat-ks", "DATA-1", "MEETS", "Zendesk host in Frankfurt.", "manager");
        assess("chat-ks", "HUM-1", "MEETS", "Overdracht naar medewerker bij elke klacht.", "manager");
        assess("chat-mkt", "DATA-1", "GAP", "Intercom verwerkt gesprekken in de VS.", "leader");
        assess("chat-mkt", "HUM-1", "NOT_APPLICABLE", "Alleen offertes, geen besluiten.", "leader");
        assess("chat-hr", "DATA-1", "MEETS", null, "manager2");
        assess("chat-hr", "HUM-1", "GAP", "Bot geeft bindend advies over verlof.", "manager2");
    }

    private void principle(String code, String title, String explanation, String category) {
        principles.put(
                code,
                db.insertInto(PRINCIPLE)
                        .set(PRINCIPLE.CODE, code)
                        .set(PRINCIPLE.TITLE, title)
                        .set(PRINCIPLE.EXPLANATION, explanation)
                        .set(PRINCIPLE.CATEGORY, category)
                        .returning(PRINCIPLE.ID)
                        .fetchSingle(PRINCIPLE.ID));
    }

    private void assess(String item, String principle, String result, @Nullable String note, String by) {
        db.insertInto(PRINCIPLE_ASSESSMENT)
                .set(PRINCIPLE_ASSESSMENT.INITIATIVE_ID, items.get(item))
                .set(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID, principles.get(principle))
                .set(PRINCIPLE_ASSESSMENT.RESULT, result)
                .set(PRINCIPLE_ASSESSMENT.NOTE, note)
                .set(PRINCIPLE_ASSESSMENT.ASSESSED_BY, users.get(by))
                .set(PRINCIPLE_ASSESSMENT.ASSESSED_AT, now.minusDays(20))
                .execute();
    }
}
