package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_COMMENT;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.MILESTONE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static nl.tweespoor.db.Tables.USER_ROLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.security.Role;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo story: Noordzee Verzekeringen, a Dutch insurer in its second year of AI. Quarters and dates are relative to
 * the day it is loaded, so the demo never looks stale.
 */
@Component
class DemoData {

    private final DSLContext db;
    private final PasswordEncoder passwordEncoder;
    private final Map<String, Long> users = new HashMap<>();
    private final Map<String, Long> departments = new HashMap<>();
    private final Map<String, Long> goals = new HashMap<>();
    private final Map<String, Long> items = new HashMap<>();
    private final Map<String, Long> principles = new HashMap<>();
    private OffsetDateTime now;
    private Quarter current;

    DemoData(DSLContext db, PasswordEncoder passwordEncoder) {
        this.db = db;
        this.passwordEncoder = passwordEncoder;
    }

    /** Whether this database holds the demo story (and so its demo accounts). */
    @Transactional(readOnly = true)
    boolean isLoaded() {
        return db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("DEMO_DATA_LOADED"));
    }

    /** Loads everything in one transaction, only into a database without users. */
    @Transactional
    boolean loadIfEmpty() {
        if (db.fetchExists(APP_USER)) {
            return false;
        }
        now = OffsetDateTime.now();
        current = Quarter.of(LocalDate.now());
        users();
        organisation();
        goals();
        programmes();
        experiments();
        budgets();
        statusUpdates();
        principles();
        risksAndComments();
        milestonesAndKpis();
        reviews();
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR_NAME, "system")
                .set(AUDIT_EVENT.KIND, "DEMO_DATA_LOADED")
                .set(AUDIT_EVENT.ENTITY_TYPE, "system")
                .set(AUDIT_EVENT.SUMMARY, "Demo data of Noordzee Verzekeringen loaded")
                .execute();
        return true;
    }

    /** Adds the large portfolio on top of the demo story, once ({@code tweespoor.demo-data=large}). */
    @Transactional
    boolean loadLargePortfolio(double scale) {
        return LargePortfolio.load(db, scale);
    }

    private void users() {
        var hash = passwordEncoder.encode("demo");
        user("admin", "Ahmed El Amrani", hash, Role.ADMIN);
        user("leader", "Lotte Jansen", hash, Role.LEADER);
        user("manager", "Mark de Vries", hash, Role.PROGRAMME_MANAGER);
        user("manager2", "Sanne Bakker", hash, Role.PROGRAMME_MANAGER);
        user("viewer", "Victor Smit", hash, Role.VIEWER);
    }

    private void user(String username, String name, String hash, Role role) {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, name)
                .set(APP_USER.EMAIL, username + "@noordzee.example")
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.LOCALE, "nl")
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        db.insertInto(USER_ROLE)
                .set(USER_ROLE.USER_ID, id)
                .set(USER_ROLE.ROLE, role.name())
                .execute();
        users.put(username, id);
    }

    private void organisation() {
        db.update(APP_SETTING)
                .set(APP_SETTING.ORGANISATION_NAME, "Noordzee Verzekeringen")
                .where(APP_SETTING.ID.eq(1))
                .execute();
        for (var name :
                List.of("Klantenservice", "Schadebehandeling", "HR", "Finance", "Operations", "IT", "Marketing")) {
            departments.put(
                    name,
                    db.insertInto(DEPARTMENT)
                            .set(DEPARTMENT.NAME, name)
                            .returning(DEPARTMENT.ID)
                            .fetchSingle(DEPARTMENT.ID));
        }
    }

    private void goals() {
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

    private void programmes() {
        programme(
                "claims",
                "Schadereis opnieuw ontworpen met AI",
                "Schadebehandeling",
                "manager",
                "claims48",
                "REDESIGN",
                "STRATEGIC",
                "PILOT",
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
                "DISCOVERY",
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
                "SCALE",
                "LIMITED",
                -4,
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
                "PILOT",
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
                "IDEA",
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
                "RUN",
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
                "COMPLETED",
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
                "DISCOVERY",
                "MINIMAL",
                0,
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
                "PILOT",
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
                "STOPPED",
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
                .where(INITIATIVE.TRACK.eq("STRATEGIC"))
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
            String stage,
            String riskClass,
            int startOffset,
            int endOffset,
            String journey,
            String tool,
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
                        .set(INITIATIVE.TRACK, "STRATEGIC")
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
                        .set(INITIATIVE.JOURNEY, journey)
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
        return db.select(STRATEGIC_GOAL.TITLE)
                .from(STRATEGIC_GOAL)
                .where(STRATEGIC_GOAL.ID.eq(goals.get(key)))
                .fetchSingle(STRATEGIC_GOAL.TITLE);
    }

    private void experiments() {
        // key, title, department, tool, use case, stage, owner, lead, participants, start, end, hours, adoption,
        // satisfaction, learnings
        experiment(
                "chat-ks",
                "Klantchatbot voor polisvragen",
                "Klantenservice",
                "Zendesk AI",
                "Chatbot",
                "RUNNING",
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
                "RUNNING",
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
                "RUNNING",
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
                "CONCLUDED",
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
                "STOPPED",
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
                "CONCLUDED",
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
                "RUNNING",
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
                "RUNNING",
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
                "PROPOSED",
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
                "RUNNING",
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
                "CONCLUDED",
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
                "PROMOTED",
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
                "RUNNING",
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
                "PROPOSED",
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
                "CONCLUDED",
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
                "PROPOSED",
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
                "RUNNING",
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
                "STOPPED",
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
                "CONCLUDED",
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
                "PROPOSED",
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
                "RUNNING",
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
                "CONCLUDED",
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
                "PROPOSED",
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
                "PROPOSED",
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
                "RUNNING",
                "manager",
                "Kevin Hoekstra",
                18,
                -2,
                0,
                "2",
                "55",
                "3.7",
                null);
        db.update(INITIATIVE)
                .set(INITIATIVE.PROMOTED_FROM_ID, items.get("mail-ks"))
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
            String stage,
            String owner,
            String lead,
            int participants,
            int startOffset,
            int endOffset,
            String hours,
            String adoption,
            String satisfaction,
            String learnings) {
        items.put(
                key,
                db.insertInto(INITIATIVE)
                        .set(INITIATIVE.TRACK, "PERSONAL")
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
                        .set(
                                INITIATIVE.STARTED_AT,
                                "PROPOSED".equals(stage) ? null : now.plusMonths(3L * Math.min(0, startOffset)))
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

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** Planned and actual amounts per quarter of this year and next; envelopes per track. */
    private void budgets() {
        int year = current.year();
        for (int y : List.of(year, year + 1)) {
            envelope("PERSONAL", y, 250_000);
            envelope("STRATEGIC", y, y == year ? 1_900_000 : 2_800_000);
        }
        var quarterlyPlan = Map.of(
                "claims",
                180_000,
                "proactive",
                90_000,
                "routing",
                60_000,
                "fraud",
                110_000,
                "prevention",
                40_000,
                "acceptance",
                35_000,
                "cashflow",
                45_000,
                "platform",
                120_000);
        quarterlyPlan.forEach((key, amount) -> plan(key, amount, key.equals("fraud") ? 1.25 : 0.9));
        for (var key : List.of(
                "chat-ks",
                "chat-hr",
                "chat-mkt",
                "code-review",
                "img-mkt",
                "report-fin",
                "claims-summary",
                "ops-knowledge",
                "ks-translate",
                "it-meeting")) {
            plan(key, 6_000 + key.length() * 250, key.equals("chat-mkt") ? 1.4 : 0.95);
        }
    }

    private void envelope(String track, int year, long amount) {
        db.insertInto(BUDGET_ENVELOPE)
                .set(BUDGET_ENVELOPE.TRACK, track)
                .set(BUDGET_ENVELOPE.YEAR, year)
                .set(BUDGET_ENVELOPE.AMOUNT, BigDecimal.valueOf(amount))
                .execute();
    }

    /** Plans every quarter of the item's timebox within this year and next; past quarters get actuals. */
    private void plan(String key, int perQuarter, double spendRatio) {
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.ID.eq(items.get(key)))
                .fetchSingle();
        var first = Quarter.parse(item.getStartQuarter());
        var last = Quarter.parse(item.getEndQuarter());
        var from = new Quarter(current.year(), 1);
        var to = new Quarter(current.year() + 1, 4);
        for (var q = first.compareTo(from) < 0 ? from : first;
                q.compareTo(last) <= 0 && q.compareTo(to) <= 0;
                q = q.plus(1)) {
            long actual = q.compareTo(current) <= 0 ? Math.round(perQuarter * spendRatio) : 0;
            db.insertInto(BUDGET_LINE)
                    .set(BUDGET_LINE.INITIATIVE_ID, item.getId())
                    .set(BUDGET_LINE.QUARTER, q.toString())
                    .set(BUDGET_LINE.PLANNED, BigDecimal.valueOf(perQuarter))
                    .set(BUDGET_LINE.ACTUAL, BigDecimal.valueOf(actual))
                    .execute();
        }
    }

    private void statusUpdates() {
        update(
                "claims",
                "manager",
                "GREEN",
                45,
                12,
                175_000,
                "Pilot loopt in regio Noord; 38% van de eenvoudige " + "schades binnen 48 uur.",
                "Capaciteit schadebehandelaars voor de controle.",
                "Uitbreiden naar " + "regio Oost.");
        update(
                "claims",
                "manager",
                "AMBER",
                30,
                60,
                150_000,
                "Integratie met het schadesysteem kost meer tijd.",
                "Planning pilot schuift een maand.",
                "Extra ontwikkelaar inzetten.");
        update(
                "proactive",
                "manager2",
                "GREEN",
                15,
                20,
                80_000,
                "Verkenning van signalen in contactdata afgerond.",
                "Toestemming voor datagebruik.",
                "Privacy-toets en businesscase.");
        update(
                "routing",
                "manager",
                "GREEN",
                80,
                9,
                55_000,
                "Opgeschaald naar alle e-mail; doorlooptijd -1,2 dag.",
                "Geen.",
                "Chatkanaal toevoegen.");
        update(
                "fraud",
                "manager2",
                "RED",
                40,
                5,
                140_000,
                "Model signaleert goed, maar uitlegbaarheid voor " + "onderzoekers schiet tekort.",
                "Principe 'geen ongerechtvaardigd onderscheid' nog niet " + "aangetoond.",
                "Bias-analyse en uitleg per score.");
        update(
                "acceptance",
                "manager",
                "GREEN",
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
                "AMBER",
                10,
                70,
                20_000,
                "Data uit het grootboek is lastig te ontsluiten.",
                "Datakwaliteit.",
                "Afspraak met datateam.");
        update(
                "platform",
                "manager",
                "GREEN",
                50,
                15,
                110_000,
                "Platform staat; twee toepassingen draaien erop.",
                "Afdelingen kopen nog eigen tools.",
                "Aansluiten van de chatbots.");
        update(
                "chat-ks",
                "manager",
                "GREEN",
                60,
                10,
                5_000,
                "Beantwoordt 40% van de polisvragen zelfstandig.",
                "Geen.",
                "Koppeling met polisadministratie.");
        update(
                "chat-hr",
                "manager2",
                "AMBER",
                50,
                25,
                4_000,
                "Medewerkers gebruiken de bot, maar antwoorden " + "zijn soms verouderd.",
                "Bronnen niet actueel.",
                "Regelingen opschonen.");
        update(
                "chat-mkt",
                "leader",
                "RED",
                30,
                8,
                11_000,
                "Kosten hoger dan gepland; leverancier rekent per " + "gesprek.",
                "Budgetoverschrijding.",
                "Besluit in de kwartaalreview.");
        update(
                "claims-summary",
                "manager",
                "GREEN",
                70,
                6,
                7_000,
                "Behandelaars lezen dossiers 30% sneller.",
                "Geen.",
                "Meten op kwaliteit van besluiten.");
        update(
                "ops-knowledge",
                "manager",
                "GREEN",
                55,
                18,
                6_000,
                "Goede zoekresultaten; adoptie groeit.",
                "Geen.",
                "Uitbreiden naar Finance.");
        update(
                "ks-translate",
                "manager2",
                "GREEN",
                80,
                14,
                3_000,
                "Vertalingen Engels, Pools en Arabisch in " + "gebruik.",
                "Geen.",
                "Afronden en lessen delen.");
        update(
                "it-meeting",
                "manager",
                "GREEN",
                75,
                11,
                4_000,
                "Verslagen binnen 5 minuten rondgestuurd.",
                "Geen.",
                "Afronden.");
        update(
                "code-review",
                "manager",
                "AMBER",
                40,
                21,
                5_000,
                "Veel valse meldingen in legacy-code.",
                "Ontwikkelaars negeren de meldingen.",
                "Regels afstellen.");
        update(
                "img-mkt",
                "leader",
                "GREEN",
                60,
                16,
                6_000,
                "Campagnebeelden in een dag in plaats van een week.",
                "Rechten op gegenereerde beelden.",
                "Juridische check.");
        update(
                "report-fin",
                "manager2",
                "GREEN",
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
            String rag,
            int progress,
            int daysAgo,
            long spend,
            String summary,
            String risks,
            String nextSteps) {
        var moment = now.minusDays(daysAgo);
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

    private void principles() {
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

    private void assess(String item, String principle, String result, String note, String by) {
        db.insertInto(PRINCIPLE_ASSESSMENT)
                .set(PRINCIPLE_ASSESSMENT.INITIATIVE_ID, items.get(item))
                .set(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID, principles.get(principle))
                .set(PRINCIPLE_ASSESSMENT.RESULT, result)
                .set(PRINCIPLE_ASSESSMENT.NOTE, note)
                .set(PRINCIPLE_ASSESSMENT.ASSESSED_BY, users.get(by))
                .set(PRINCIPLE_ASSESSMENT.ASSESSED_AT, now.minusDays(20))
                .execute();
    }

    private void risksAndComments() {
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

    private void milestonesAndKpis() {
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

    /** Three closed reviews of the previous quarters and the current one in progress. */
    private void reviews() {
        long q3 = review(current.plus(-3), 3 * 91);
        decide(
                q3,
                "notes-hr",
                "STOP",
                "Kandidaten voelden zich ongemakkelijk bij opnames.",
                null,
                "Vraag eerst hoe betrokkenen een tool ervaren.");
        decide(q3, "code-it", "CONTINUE", "Sterke adoptie; afronden en lessen delen.", null, null);
        decide(q3, "routing", "SCALE", "Doorlooptijd aantoonbaar korter.", null, null);
        close(q3, 3 * 91 - 2);
        long q2 = review(current.plus(-2), 2 * 91);
        decide(
                q2,
                "telematics",
                "STOP",
                "Past niet bij het doel preventie; hoge risicoklasse en weinig draagvlak.",
                null,
                "Rijgedrag meten is voor klanten een te grote stap.");
        decide(q2, "fin-invoice", "STOP", "Bestaande OCR doet dit al.", null, "Kijk eerst wat er al is.");
        decide(q2, "claims", "CONTINUE", "Op koers richting pilot.", null, null);
        close(q2, 2 * 91 - 2);
        long q1 = review(current.plus(-1), 91);
        decide(q1, "mail-ks", "PROMOTE", "Bewezen tijdwinst; samen met routering verder als programma.", null, null);
        decide(
                q1,
                "fraud",
                "ADJUST",
                "Waardevol, maar eerst uitlegbaarheid op orde.",
                "Bias-analyse vóór opschalen; uitleg per score voor onderzoekers.",
                null);
        decide(q1, "claims", "CONTINUE", "Pilot gestart.", null, null);
        close(q1, 91 - 2);
        long open = db.insertInto(REVIEW)
                .set(REVIEW.QUARTER, current.toString())
                .set(REVIEW.STATUS, "IN_PROGRESS")
                .set(REVIEW.OPENED_AT, now.minusDays(2))
                .returning(REVIEW.ID)
                .fetchSingle(REVIEW.ID);
        decide(open, "routing", "CONTINUE", "Chatkanaal toevoegen volgens plan.", null, null);
    }

    private long review(Quarter quarter, int daysAgo) {
        return db.insertInto(REVIEW)
                .set(REVIEW.QUARTER, quarter.toString())
                .set(REVIEW.STATUS, "IN_PROGRESS")
                .set(REVIEW.OPENED_AT, now.minusDays(daysAgo))
                .returning(REVIEW.ID)
                .fetchSingle(REVIEW.ID);
    }

    private void decide(long review, String item, String decision, String reason, String conditions, String learned) {
        db.insertInto(REVIEW_DECISION)
                .set(REVIEW_DECISION.REVIEW_ID, review)
                .set(REVIEW_DECISION.INITIATIVE_ID, items.get(item))
                .set(REVIEW_DECISION.DECISION, decision)
                .set(REVIEW_DECISION.REASON, reason)
                .set(REVIEW_DECISION.CONDITIONS, conditions)
                .set(REVIEW_DECISION.LEARNED, learned)
                .set(REVIEW_DECISION.DECIDED_BY, users.get("leader"))
                .execute();
    }

    private void close(long review, int daysAgo) {
        db.update(REVIEW)
                .set(REVIEW.STATUS, "CLOSED")
                .set(REVIEW.CLOSED_AT, now.minusDays(daysAgo))
                .set(REVIEW.CLOSED_BY, users.get("leader"))
                .where(REVIEW.ID.eq(review))
                .execute();
    }
}
