package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;

/** The four strategic goals, with horizons counted from this year. */
final class Goals extends Chapter {

    Goals(Story story) {
        super(story);
    }

    @Override
    void tell() {
        int year = current.year();
        goal(
                "claims48",
                "Schade binnen 48 uur afgehandeld",
                "Eenvoudige schades zijn binnen 48 uur beoordeeld en uitbetaald; de klant ziet steeds waar zijn "
                        + "melding staat.",
                year + 2);
        goal(
                "proactive",
                "Proactieve klantrelatie",
                "We benaderen klanten voordat ze ons nodig hebben: bij levensgebeurtenissen, dreigende schade en "
                        + "verlengingen.",
                year + 2);
        goal(
                "prevention",
                "Nieuwe proposities rond preventie",
                "Van schade vergoeden naar schade voorkomen: diensten voor particulieren en MKB.",
                year + 3);
        goal(
                "cost",
                "Kosten per polis 15% omlaag",
                "Efficiëntere processen in acceptatie, administratie en financiën.",
                year + 1);
    }

    private void goal(String key, String title, String description, int horizon) {
        goals.put(
                key,
                db.insertInto(STRATEGIC_GOAL)
                        .set(STRATEGIC_GOAL.TITLE, title)
                        .set(STRATEGIC_GOAL.DESCRIPTION, description)
                        .set(STRATEGIC_GOAL.HORIZON_YEAR, horizon)
                        .returning(STRATEGIC_GOAL.ID)
                        .fetchSingle(STRATEGIC_GOAL.ID));
    }
}
