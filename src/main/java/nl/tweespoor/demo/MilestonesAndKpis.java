package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.MILESTONE;

import java.math.BigDecimal;

/** Milestones and KPIs of the programmes that are furthest along. */
final class MilestonesAndKpis extends Chapter {

    MilestonesAndKpis(Story story) {
        super(story);
    }

    @Override
    void tell() {
        milestone("claims", "Pilot regio Noord live", -2, true);
        milestone("claims", "Koppeling schadesysteem", -1, true);
        milestone("claims", "Uitbreiding regio Oost", 1, false);
        milestone("claims", "Landelijke uitrol", 3, false);
        kpi("claims", "Eenvoudige schades binnen 48 uur", "%", "12", "60", "38");
        kpi("claims", "Klanttevredenheid schadeafhandeling", "NPS", "14", "35", "22");
        milestone("routing", "Alle e-mail gerouteerd", -1, true);
        milestone("routing", "Chatkanaal aangesloten", 1, false);
        kpi("routing", "Doorlooptijd e-mail", "dagen", "3.1", "1.5", "1.9");
        milestone("fraud", "Model getraind op historische schades", -1, true);
        milestone("fraud", "Bias-analyse afgerond", 0, false);
        kpi("fraud", "Gevonden fraude", "EUR mln", "4.0", "5.2", "4.6");
        milestone("platform", "Platform in productie", -1, true);
        milestone("platform", "Chatbots aangesloten", 2, false);
        kpi("platform", "Toepassingen op het platform", "aantal", "0", "10", "2");
    }

    private void milestone(String item, String title, int quarterOffset, boolean done) {
        db.insertInto(MILESTONE)
                .set(MILESTONE.INITIATIVE_ID, items.get(item))
                .set(MILESTONE.TITLE, title)
                .set(MILESTONE.DUE_QUARTER, current.plus(quarterOffset).toString())
                .set(MILESTONE.DONE, done)
                .execute();
    }

    private void kpi(String item, String name, String unit, String baseline, String target, String actual) {
        db.insertInto(KPI)
                .set(KPI.INITIATIVE_ID, items.get(item))
                .set(KPI.NAME, name)
                .set(KPI.UNIT, unit)
                .set(KPI.BASELINE, new BigDecimal(baseline))
                .set(KPI.TARGET, new BigDecimal(target))
                .set(KPI.ACTUAL, new BigDecimal(actual))
                .execute();
    }
}
