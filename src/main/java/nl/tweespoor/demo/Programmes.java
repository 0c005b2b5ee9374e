package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;

import java.math.BigDecimal;
import java.util.Objects;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** The strategic track: ten programmes across the goals, ranked in the order they were written. */
final class Programmes extends Chapter {

    Programmes(Story story) {
        super(story);
    }

    @Override
    void tell() {
        programme(
                "claims",
                "Schadereis opnieuw ontworpen met AI",
                "Schadebehandeling",
                "manager",
                "claims48",
                "REDESIGN",
                "STRATEGIC",
                Stage.PILOT,
                "HIGH",
                -3,
                4,
                "Schademelding tot uitbetaling",
                "Claude voor schadebeoordeling",
                "Schadebeoordeling",
                "Als AI de eerste beoordeling en communicatie doet, handelen we 60% van de eenvoudige schades binnen "
                        + "48 uur af.",
                "Directeur Schade",
                4,
                5,
                3,
                4,
                4);
        programme(
                "proactive",
                "Proactieve klantenservice",
                "Klantenservice",
                "manager2",
                "proactive",
                "REDESIGN",
                "STRATEGIC",
                Stage.DISCOVERY,
                "LIMITED",
                -1,
                5,
                "Verlenging en levensgebeurtenissen",
                "Salesforce Einstein",
                "Klantcontact",
                "Als we signalen uit polis- en contactdata combineren, voorkomen we 20% van de " + "opzeggingen.",
                "Directeur Klant",
                4,
                5,
                3,
                3,
                3);
        programme(
                "routing",
                "Slimme routering van klantvragen",
                "Klantenservice",
                "manager",
                "proactive",
                "OPTIMISE",
                "OPERATIONAL",
                Stage.SCALE,
                "LIMITED",
                -3,
                2,
                "Inkomende e-mail en chat",
                "Azure OpenAI",
                "Routering",
                "Automatische routering verkort de doorlooptijd van e-mail met een dag.",
                "Manager Klantenservice",
                3,
                4,
                5,
                3,
                2);
        programme(
                "fraud",
                "Fraudedetectie bij schademeldingen",
                "Schadebehandeling",
                "manager2",
                "claims48",
                "OPTIMISE",
                "OPERATIONAL",
                Stage.PILOT,
                "HIGH",
                -2,
                3,
                "Schadebeoordeling",
                "FRISS",
                "Fraudedetectie",
                "Een AI-score helpt 30% meer fraude te vinden zonder extra onderzoekers.",
                "Directeur Schade",
                4,
                4,
                3,
                4,
                4);
        programme(
                "prevention",
                "Preventie als dienst voor het MKB",
                "Marketing",
                "leader",
                "prevention",
                "REDESIGN",
                "STRATEGIC",
                Stage.IDEA,
                "MINIMAL",
                1,
                6,
                "Nieuwe propositie: risicoscan en sensoren",
                null,
                "Nieuwe propositie",
                "MKB-klanten betalen voor een AI-risicoscan die brand- en waterschade " + "voorkomt.",
                "Directeur Particulier & MKB",
                5,
                5,
                2,
                2,
                3);
        programme(
                "acceptance",
                "Automatische polisacceptatie",
                "Operations",
                "manager",
                "cost",
                "OPTIMISE",
                "OPERATIONAL",
                Stage.RUN,
                "LIMITED",
                -6,
                0,
                "Acceptatie woonverzekering",
                "Azure OpenAI",
                "Acceptatie",
                "Standaardaanvragen worden zonder handwerk geaccepteerd.",
                "COO",
                3,
                3,
                5,
                2,
                2);
        programme(
                "documents",
                "Documentherkenning inkomende post",
                "Operations",
                "manager2",
                "cost",
                "OPTIMISE",
                "OPERATIONAL",
                Stage.COMPLETED,
                "MINIMAL",
                -7,
                -2,
                "Postverwerking",
                "ABBYY Vantage",
                "Documentverwerking",
                "Documenten worden automatisch herkend en gerouteerd.",
                "COO",
                3,
                3,
                4,
                2,
                1);
        programme(
                "cashflow",
                "AI-prognoses voor kasstromen",
                "Finance",
                "manager2",
                "cost",
                "OPTIMISE",
                "OPERATIONAL",
                Stage.DISCOVERY,
                "MINIMAL",
                -1,
                3,
                "Maandafsluiting en prognose",
                "Microsoft Copilot",
                "Prognoses",
                "Betere kasstroomprognoses verlagen de buffer met 5 miljoen.",
                "CFO",
                3,
                3,
                3,
                2,
                2);
        programme(
                "platform",
                "Eén AI-platform met gedeelde spelregels",
                "IT",
                "manager",
                "cost",
                "REDESIGN",
                "OPERATIONAL",
                Stage.PILOT,
                "MINIMAL",
                -2,
                3,
                "Alle AI-toepassingen",
                "Azure AI Foundry",
                "Platform",
                "Eén platform met gedeelde principes voorkomt dat elke afdeling een eigen AI-tool koopt.",
                "CIO",
                4,
                5,
                4,
                4,
                2);
        programme(
                "telematics",
                "Premie op basis van rijgedrag",
                "Marketing",
                "leader",
                "prevention",
                "REDESIGN",
                "STRATEGIC",
                Stage.STOPPED,
                "HIGH",
                -5,
                2,
                "Autoverzekering",
                "Eigen model",
                "Nieuwe propositie",
                "Jonge bestuurders kiezen een polis met premie op basis van rijgedrag.",
                "Directeur Particulier",
                3,
                2,
                2,
                2,
                5);
        db.update(INITIATIVE)
                .set(INITIATIVE.PRIORITY_RANK, INITIATIVE.ID.cast(BigDecimal.class))
                .where(INITIATIVE.TRACK.eq(Track.STRATEGIC))
                .execute();
    }

    @SuppressWarnings("java:S107")
    private void programme(
            String key,
            String title,
            String department,
            String owner,
            String goal,
            String ambition,
            String layer,
            Stage stage,
            String riskClass,
            int startOffset,
            int endOffset,
            String journey,
            @Nullable String tool,
            String useCase,
            String hypothesis,
            String sponsor,
            int value,
            int fit,
            int feasibility,
            int urgency,
            int risk) {
        items.put(
                key,
                db.insertInto(INITIATIVE)
                        .set(INITIATIVE.TRACK, Track.STRATEGIC)
                        .set(INITIATIVE.TITLE, title)
                        .set(INITIATIVE.HYPOTHESIS, hypothesis)
                        .set(
                                INITIATIVE.DESCRIPTION,
                                "Programma van " + department + " voor het doel '" + goalTitle(goal) + "'.")
                        .set(INITIATIVE.LAYER, layer)
                        .set(INITIATIVE.AMBITION, ambition)
                        .set(INITIATIVE.STAGE, stage)
                        .set(INITIATIVE.RISK_CLASS, riskClass)
                        .set(
                                INITIATIVE.RISK_JUSTIFICATION,
                                "HIGH".equals(riskClass)
                                        ? "Beslissingen met gevolgen voor klanten (EU AI Act bijlage III)."
                                        : null)
                        .set(INITIATIVE.SCORE_VALUE, (short) value)
                        .set(INITIATIVE.SCORE_STRATEGIC_FIT, (short) fit)
                        .set(INITIATIVE.SCORE_FEASIBILITY, (short) feasibility)
                        .set(INITIATIVE.SCORE_URGENCY, (short) urgency)
                        .set(INITIATIVE.SCORE_RISK, (short) risk)
                        .set(INITIATIVE.OWNER_ID, users.get(owner))
                        .set(INITIATIVE.DEPARTMENT_ID, departments.get(department))
                        .set(INITIATIVE.GOAL_ID, goals.get(goal))
                        .set(INITIATIVE.SPONSOR, sponsor)
                        .set(INITIATIVE.JOURNEY_ID, journeys.get(journey))
                        .set(INITIATIVE.TOOL_VENDOR, tool)
                        .set(INITIATIVE.USE_CASE_CATEGORY, useCase)
                        .set(INITIATIVE.START_QUARTER, current.plus(startOffset).toString())
                        .set(INITIATIVE.END_QUARTER, current.plus(endOffset).toString())
                        .set(INITIATIVE.CREATED_AT, now.minusDays(Math.max(30, -startOffset * 91L + 30)))
                        .set(INITIATIVE.UPDATED_AT, now.minusDays(key.length()))
                        .returning(INITIATIVE.ID)
                        .fetchSingle(INITIATIVE.ID));
    }

    private String goalTitle(String key) {
        return Objects.requireNonNull(db.select(STRATEGIC_GOAL.TITLE)
                .from(STRATEGIC_GOAL)
                .where(STRATEGIC_GOAL.ID.eq(goals.get(key)))
                .fetchSingle(STRATEGIC_GOAL.TITLE));
    }
}
