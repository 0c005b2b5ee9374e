package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** The personal track: experiments in every department, one of them promoted into a programme. */
final class Experiments extends Chapter {

    Experiments(Story story) {
        super(story);
    }

    @Override
    void tell() {
        // key, title, department, tool, use case, stage, owner, lead, participants, start, end, hours, adoption,
        // satisfaction, learnings
        experiment(
                "chat-ks",
                "Klantchatbot voor polisvragen",
                "Klantenservice",
                "Zendesk AI",
                "Chatbot",
                Stage.RUNNING,
                "manager",
                "Priya Ramdin",
                14,
                -1,
                1,
                "6",
                "40",
                "3.8",
                null);
        experiment(
                "chat-hr",
                "HR-chatbot voor verlof en regelingen",
                "HR",
                "Microsoft Copilot Studio",
                "Chatbot",
                Stage.RUNNING,
                "manager2",
                "Jeroen Visser",
                9,
                -1,
                1,
                "3",
                "35",
                "3.5",
                null);
        experiment(
                "chat-mkt",
                "Chatbot op de website voor offertes",
                "Marketing",
                "Intercom Fin",
                "Chatbot",
                Stage.RUNNING,
                "leader",
                "Fleur de Groot",
                6,
                0,
                1,
                "2",
                "20",
                "3.2",
                null);
        experiment(
                "notes-ks",
                "AI-notulist bij klantgesprekken",
                "Klantenservice",
                "Otter.ai",
                "Notuleren",
                Stage.CONCLUDED,
                "manager",
                "Priya Ramdin",
                20,
                -3,
                -2,
                "12",
                "75",
                "4.4",
                "Medewerkers besparen ruim een half uur per dag; toestemming van de klant vooraf vragen werkt goed.");
        experiment(
                "notes-hr",
                "AI-notulist bij sollicitatiegesprekken",
                "HR",
                "Microsoft Teams Premium",
                "Notuleren",
                Stage.STOPPED,
                "manager2",
                "Jeroen Visser",
                5,
                -3,
                -2,
                "1",
                "10",
                "2.1",
                "Kandidaten voelden zich ongemakkelijk; de tijdwinst woog daar niet tegenop.");
        experiment(
                "code-it",
                "Codeassistent voor ontwikkelteams",
                "IT",
                "GitHub Copilot",
                "Codeassistent",
                Stage.CONCLUDED,
                "manager",
                "Kevin Hoekstra",
                35,
                -4,
                -2,
                "4",
                "85",
                "4.5",
                "Vooral winst bij tests en boilerplate; reviews blijven nodig. Breed uitrollen aanbevolen.");
        experiment(
                "code-review",
                "AI-codereview in de pipeline",
                "IT",
                "CodeRabbit",
                "Codeassistent",
                Stage.RUNNING,
                "manager",
                "Kevin Hoekstra",
                12,
                -1,
                1,
                "2",
                "60",
                "3.9",
                null);
        experiment(
                "img-mkt",
                "Beeldgeneratie voor campagnes",
                "Marketing",
                "Adobe Firefly",
                "Beeldgeneratie",
                Stage.RUNNING,
                "leader",
                "Fleur de Groot",
                5,
                0,
                1,
                "5",
                "80",
                "4.1",
                null);
        experiment(
                "img-social",
                "Social-mediavisuals met AI",
                "Marketing",
                "Midjourney",
                "Beeldgeneratie",
                Stage.PROPOSED,
                "manager2",
                "Noor Kramer",
                3,
                1,
                2,
                null,
                null,
                null,
                null);
        experiment(
                "report-fin",
                "Conceptrapportages maandafsluiting",
                "Finance",
                "Microsoft Copilot",
                "Rapportage",
                Stage.RUNNING,
                "manager2",
                "Erik Mulder",
                8,
                -1,
                1,
                "5",
                "55",
                "3.9",
                null);
        experiment(
                "report-ops",
                "Weekrapportage operations automatisch opgesteld",
                "Operations",
                "ChatGPT Enterprise",
                "Rapportage",
                Stage.CONCLUDED,
                "manager",
                "Anouk Peters",
                6,
                -3,
                -2,
                "3",
                "70",
                "4.0",
                "Werkt goed voor vaste rapportages; cijfers altijd uit de bron halen, niet laten 'schatten'.");
        experiment(
                "mail-ks",
                "Conceptantwoorden op klantmails",
                "Klantenservice",
                "Azure OpenAI",
                "Schrijfhulp",
                Stage.PROMOTED,
                "manager",
                "Priya Ramdin",
                25,
                -5,
                -4,
                "10",
                "70",
                "4.2",
                "Routering en conceptantwoorden samen besparen het meest; door naar een programma.");
        experiment(
                "claims-summary",
                "Samenvattingen van schadedossiers",
                "Schadebehandeling",
                "Claude",
                "Samenvatten",
                Stage.RUNNING,
                "manager",
                "Bas Willems",
                16,
                -1,
                1,
                "8",
                "65",
                "4.3",
                null);
        experiment(
                "claims-photo",
                "Schadefoto's beoordelen met AI",
                "Schadebehandeling",
                "Tractable",
                "Beeldherkenning",
                Stage.PROPOSED,
                "manager2",
                "Bas Willems",
                4,
                1,
                2,
                null,
                null,
                null,
                null);
        experiment(
                "hr-vacancy",
                "Vacatureteksten schrijven met AI",
                "HR",
                "ChatGPT Enterprise",
                "Schrijfhulp",
                Stage.CONCLUDED,
                "manager2",
                "Jeroen Visser",
                4,
                -2,
                -1,
                "2",
                "90",
                "4.0",
                "Teksten zijn sneller klaar en inclusiever; controle op toon blijft nodig.");
        experiment(
                "hr-onboarding",
                "Onboardingbuddy voor nieuwe collega's",
                "HR",
                "Microsoft Copilot Studio",
                "Kennisassistent",
                Stage.PROPOSED,
                "manager2",
                "Jeroen Visser",
                0,
                1,
                2,
                null,
                null,
                null,
                null);
        experiment(
                "ops-knowledge",
                "Kennisbank doorzoeken met AI",
                "Operations",
                "Glean",
                "Kennisassistent",
                Stage.RUNNING,
                "manager",
                "Anouk Peters",
                22,
                -1,
                1,
                "3",
                "45",
                "3.6",
                null);
        experiment(
                "fin-invoice",
                "Facturen coderen met AI",
                "Finance",
                "Microsoft Copilot",
                "Documentverwerking",
                Stage.STOPPED,
                "manager2",
                "Erik Mulder",
                3,
                -4,
                -3,
                "0.5",
                "15",
                "2.4",
                "De bestaande OCR-koppeling deed dit al; geen meerwaarde.");
        experiment(
                "mkt-copy",
                "Campagneteksten in varianten testen",
                "Marketing",
                "Jasper",
                "Schrijfhulp",
                Stage.CONCLUDED,
                "leader",
                "Fleur de Groot",
                4,
                -3,
                -2,
                "4",
                "75",
                "4.1",
                "Meer varianten testen leverde 8% hogere conversie; merkstem vastleggen in een stijlgids.");
        experiment(
                "it-service",
                "AI-hulp voor de servicedesk",
                "IT",
                "ServiceNow Now Assist",
                "Kennisassistent",
                Stage.PROPOSED,
                "manager",
                "Kevin Hoekstra",
                0,
                1,
                2,
                null,
                null,
                null,
                null);
        experiment(
                "ks-translate",
                "Vertalen van klantcontact",
                "Klantenservice",
                "DeepL",
                "Vertalen",
                Stage.RUNNING,
                "manager2",
                "Priya Ramdin",
                11,
                -2,
                0,
                "2",
                "50",
                "4.0",
                null);
        experiment(
                "claims-letters",
                "Brieven in begrijpelijke taal",
                "Schadebehandeling",
                "Claude",
                "Schrijfhulp",
                Stage.CONCLUDED,
                "manager",
                "Bas Willems",
                9,
                -3,
                -2,
                "3",
                "80",
                "4.6",
                "Klanten bellen minder terug na een brief; taalniveau B1 als vaste instructie.");
        experiment(
                "ops-excel",
                "Spreadsheetformules met AI",
                "Operations",
                "Microsoft Copilot",
                "Analyse",
                Stage.PROPOSED,
                "manager",
                "Anouk Peters",
                0,
                1,
                1,
                null,
                null,
                null,
                null);
        experiment(
                "fin-audit",
                "Steekproeven voor interne controle",
                "Finance",
                "ChatGPT Enterprise",
                "Analyse",
                Stage.PROPOSED,
                "manager2",
                "Erik Mulder",
                0,
                2,
                2,
                null,
                null,
                null,
                null);
        experiment(
                "it-meeting",
                "Vergaderverslagen voor IT-overleggen",
                "IT",
                "Microsoft Teams Premium",
                "Notuleren",
                Stage.RUNNING,
                "manager",
                "Kevin Hoekstra",
                18,
                -2,
                0,
                "2",
                "55",
                "3.7",
                null);
        // Routing was born when the review promoted the mail experiment.
        var promotedIn = current.plus(Objects.requireNonNull(Lifespans.ENDED_BY_REVIEW.get("mail-ks")));
        db.update(INITIATIVE)
                .set(INITIATIVE.PROMOTED_FROM_ID, items.get("mail-ks"))
                .set(INITIATIVE.CREATED_AT, new ReviewCalendar(now, current).closedAt(promotedIn))
                .where(INITIATIVE.ID.eq(items.get("routing")))
                .execute();
    }

    @SuppressWarnings("java:S107")
    private void experiment(
            String key,
            String title,
            String department,
            String tool,
            String useCase,
            Stage stage,
            String owner,
            String lead,
            int participants,
            int startOffset,
            int endOffset,
            @Nullable String hours,
            @Nullable String adoption,
            @Nullable String satisfaction,
            @Nullable String learnings) {
        items.put(
                key,
                db.insertInto(INITIATIVE)
                        .set(INITIATIVE.TRACK, Track.PERSONAL)
                        .set(INITIATIVE.TITLE, title)
                        .set(
                                INITIATIVE.HYPOTHESIS,
                                "Als " + department + " " + tool + " gebruikt voor " + useCase.toLowerCase()
                                        + ", besparen medewerkers tijd en groeit het vertrouwen in AI.")
                        .set(INITIATIVE.LAYER, "PERSONAL_PRODUCTIVITY")
                        .set(INITIATIVE.AMBITION, "OPTIMISE")
                        .set(INITIATIVE.STAGE, stage)
                        .set(INITIATIVE.RISK_CLASS, "Chatbot".equals(useCase) ? "LIMITED" : "MINIMAL")
                        .set(INITIATIVE.SCORE_VALUE, (short) (2 + title.length() % 3))
                        .set(INITIATIVE.SCORE_STRATEGIC_FIT, (short) (1 + key.length() % 4))
                        .set(INITIATIVE.SCORE_FEASIBILITY, (short) 4)
                        .set(INITIATIVE.SCORE_URGENCY, (short) (1 + title.length() % 5))
                        .set(INITIATIVE.SCORE_RISK, (short) 2)
                        .set(INITIATIVE.OWNER_ID, users.get(owner))
                        .set(INITIATIVE.DEPARTMENT_ID, departments.get(department))
                        .set(INITIATIVE.LEAD_NAME, lead)
                        .set(INITIATIVE.PARTICIPANTS, participants == 0 ? null : participants)
                        .set(INITIATIVE.STARTED_AT, stage == Stage.PROPOSED ? null : startedAt(startOffset))
                        .set(INITIATIVE.TOOL_VENDOR, tool)
                        .set(INITIATIVE.USE_CASE_CATEGORY, useCase)
                        .set(INITIATIVE.START_QUARTER, current.plus(startOffset).toString())
                        .set(INITIATIVE.END_QUARTER, current.plus(endOffset).toString())
                        .set(INITIATIVE.COST_ESTIMATE, BigDecimal.valueOf(2500L + participants * 600L))
                        .set(INITIATIVE.HOURS_SAVED_PER_WEEK, decimal(hours))
                        .set(INITIATIVE.ADOPTION_PCT, decimal(adoption))
                        .set(INITIATIVE.SATISFACTION, decimal(satisfaction))
                        .set(INITIATIVE.LEARNINGS, learnings)
                        .set(INITIATIVE.CREATED_AT, now.minusDays(Math.max(7, -startOffset * 91L + 20)))
                        .set(INITIATIVE.UPDATED_AT, now.minusDays(title.length() % 20))
                        .returning(INITIATIVE.ID)
                        .fetchSingle(INITIATIVE.ID));
    }

    /** Five days into its first quarter, or yesterday for an experiment whose quarter began this week. */
    private OffsetDateTime startedAt(int startOffset) {
        var fifthDay = current.plus(Math.min(0, startOffset))
                .firstDay()
                .plusDays(5)
                .atTime(10, 0)
                .atOffset(now.getOffset());
        return fifthDay.isBefore(now) ? fifthDay : now.minusDays(1);
    }

    private static @Nullable BigDecimal decimal(@Nullable String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
