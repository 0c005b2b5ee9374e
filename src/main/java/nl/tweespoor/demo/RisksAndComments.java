package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.ITEM_COMMENT;
import static nl.tweespoor.db.Tables.ITEM_RISK;

/** Entries in the items' risk registers and comments on their pages. */
final class RisksAndComments extends Chapter {

    RisksAndComments(Story story) {
        super(story);
    }

    @Override
    void tell() {
        risk(
                "fraud",
                "Model benadeelt klanten in bepaalde postcodegebieden",
                4,
                4,
                "Bias-analyse en menselijke beoordeling van elke hoge score",
                "Sanne Bakker",
                "OPEN");
        risk(
                "claims",
                "Klant krijgt onterecht een afwijzing zonder menselijke blik",
                2,
                5,
                "Afwijzingen altijd door een behandelaar",
                "Mark de Vries",
                "MITIGATED");
        risk(
                "proactive",
                "Klanten ervaren proactief contact als opdringerig",
                3,
                3,
                "Opt-out en frequentiegrens",
                "Sanne Bakker",
                "OPEN");
        comment("fraud", "leader", "Zonder afgeronde bias-analyse gaat dit niet naar opschalen.", 9);
        comment("claims", "manager", "Regio Oost staat klaar voor de volgende stap.", 4);
        comment("chat-mkt", "leader", "Waarom een derde chatbotleverancier? Graag afstemmen met IT-platform.", 6);
    }

    private void risk(
            String item,
            String description,
            int likelihood,
            int impact,
            String mitigation,
            String owner,
            String status) {
        db.insertInto(ITEM_RISK)
                .set(ITEM_RISK.INITIATIVE_ID, items.get(item))
                .set(ITEM_RISK.DESCRIPTION, description)
                .set(ITEM_RISK.LIKELIHOOD, (short) likelihood)
                .set(ITEM_RISK.IMPACT, (short) impact)
                .set(ITEM_RISK.MITIGATION, mitigation)
                .set(ITEM_RISK.OWNER_NAME, owner)
                .set(ITEM_RISK.STATUS, status)
                .execute();
    }

    private void comment(String item, String author, String body, int daysAgo) {
        db.insertInto(ITEM_COMMENT)
                .set(ITEM_COMMENT.INITIATIVE_ID, items.get(item))
                .set(ITEM_COMMENT.AUTHOR_ID, users.get(author))
                .set(ITEM_COMMENT.BODY, body)
                .set(ITEM_COMMENT.CREATED_AT, now.minusDays(daysAgo))
                .execute();
    }
}
