package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.ITEM_RISK;

/** Entries in the items' risk registers (the comments on their pages are in Conversations). */
final class Risks extends Chapter {

    Risks(Story story) {
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
}
