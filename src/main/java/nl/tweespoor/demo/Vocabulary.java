package nl.tweespoor.demo;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words the large portfolio is made of, mostly Dutch with an English quarter, as a real insurer's portfolio reads.
 * Lists that go together (a use case, its title prefix in Dutch and in English) have the same length and order.
 */
final class Vocabulary {

    static final List<String> DEPARTMENTS = List.of(
            "Schade Auto",
            "Schade Wonen",
            "Schade Zakelijk",
            "Leven",
            "Pensioenen",
            "Zorg",
            "Inkomen",
            "Particulier",
            "MKB",
            "Grootzakelijk",
            "Acceptatie",
            "Actuariaat",
            "Risicomanagement",
            "Compliance",
            "Juridische Zaken",
            "Inkoop",
            "Facilitair",
            "Communicatie",
            "Data & Analytics",
            "Architectuur",
            "Security",
            "Infrastructuur",
            "Werkplek",
            "Servicedesk",
            "Digitale Kanalen",
            "Distributie",
            "Intermediair",
            "Klantbeheer",
            "Incasso",
            "Herverzekering",
            "Vastgoed",
            "Beleggingen",
            "Internal Audit",
            "Strategie",
            "Innovatie",
            "Product Management",
            "Regio Noord",
            "Regio Oost",
            "Regio Zuid",
            "Regio West",
            "Contactcenter Leeuwarden",
            "Contactcenter Tilburg",
            "Privacy Office");

    static final List<String> FIRST_NAMES = List.of(
            "Anna", "Bram", "Daan", "Emma", "Fatima", "Gijs", "Hanna", "Ilse", "Jesse", "Julia", "Kees", "Lars", "Lisa",
            "Mohamed", "Noor", "Olivier", "Pieter", "Roos", "Sem", "Sophie", "Thijs", "Tess", "Yusuf", "Zoe", "Milan",
            "Eva", "Ruben", "Femke", "Wouter", "Esra", "Joost", "Nadia");

    static final List<String> LAST_NAMES = List.of(
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Janssen",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Leeuwen",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "Smits",
            "de Graaf",
            "van der Meer",
            "Yilmaz",
            "El Idrissi",
            "Kok",
            "Jacobs",
            "Vermeulen");

    static final List<String> USE_CASES = List.of(
            "Chatbot",
            "Samenvatten",
            "Schrijfhulp",
            "Notuleren",
            "Codeassistent",
            "Beeldherkenning",
            "Vertalen",
            "Kennisassistent",
            "Analyse",
            "Documentverwerking",
            "Rapportage",
            "Beeldgeneratie",
            "Prognoses",
            "Routering",
            "Fraudedetectie");

    static final List<String> PREFIX_NL = List.of(
            "Chatbot voor",
            "Samenvattingen van",
            "AI-schrijfhulp bij",
            "AI-notulist bij",
            "Codeassistent voor",
            "Beeldherkenning bij",
            "Vertalen van",
            "Kennisassistent voor",
            "Data-analyse van",
            "Documentherkenning voor",
            "Automatische rapportage over",
            "Beeldgeneratie voor",
            "Prognoses voor",
            "Slimme routering van",
            "Fraudesignalen in");

    static final List<String> PREFIX_EN = List.of(
            "Chatbot for",
            "Summaries of",
            "Writing aid for",
            "Meeting notes for",
            "Coding assistant for",
            "Image recognition in",
            "Translation of",
            "Knowledge assistant for",
            "Analytics on",
            "Document capture for",
            "Automated reporting on",
            "Image generation for",
            "Forecasts for",
            "Smart routing of",
            "Fraud signals in");

    static final List<String> SUBJECTS_NL = List.of(
            "polisvragen",
            "schadedossiers",
            "klantmails",
            "teamoverleg",
            "offertes",
            "facturen",
            "contracten",
            "verlofaanvragen",
            "klachten",
            "acceptatiedossiers",
            "maandrapportages",
            "leveranciersvragen",
            "incidenten",
            "vacatures",
            "klantgesprekken",
            "beleidsstukken",
            "herverzekeringscontracten",
            "schademeldingen",
            "hypotheekaanvragen",
            "pensioenvragen",
            "testscripts",
            "releasenotes",
            "intakegesprekken",
            "expertiserapporten");

    static final List<String> SUBJECTS_EN = List.of(
            "policy questions",
            "claim files",
            "customer e-mail",
            "team meetings",
            "quotes",
            "invoices",
            "contracts",
            "leave requests",
            "complaints",
            "underwriting files",
            "monthly reports",
            "supplier questions",
            "incidents",
            "job openings",
            "customer calls",
            "policy papers",
            "reinsurance treaties",
            "claim notifications",
            "mortgage applications",
            "pension questions",
            "test scripts",
            "release notes",
            "intake interviews",
            "loss adjuster reports");

    static final List<String> TOOLS = List.of(
            "Microsoft Copilot",
            "ChatGPT Enterprise",
            "Claude",
            "Azure OpenAI",
            "Gemini for Workspace",
            "GitHub Copilot",
            "Zendesk AI",
            "Salesforce Einstein",
            "ServiceNow Now Assist",
            "Glean",
            "DeepL",
            "Otter.ai",
            "Microsoft Teams Premium",
            "Adobe Firefly",
            "Jasper",
            "Intercom Fin",
            "ABBYY Vantage",
            "UiPath",
            "Tractable",
            "FRISS",
            "Mistral Le Chat",
            "Perplexity",
            "Notion AI",
            "CodeRabbit",
            "Copilot Studio",
            "Eigen model",
            "Databricks",
            "Snowflake Cortex",
            "Amazon Bedrock",
            "IBM watsonx");

    static final List<String> PROGRAMME_PREFIX_NL = List.of(
            "Herontwerp van",
            "Automatisering van",
            "AI-ondersteuning voor",
            "Digitalisering van",
            "Versnelling van",
            "Eén platform voor",
            "Proactieve aanpak van",
            "Slimme sturing van");

    static final List<String> PROGRAMME_PREFIX_EN = List.of(
            "Redesign of",
            "Automation of",
            "AI support for",
            "Digitisation of",
            "Acceleration of",
            "One platform for",
            "Proactive handling of",
            "Smart steering of");

    static final List<String> JOURNEYS = List.of(
            "Schademelding tot uitbetaling",
            "Offerte tot polis",
            "Verlenging en opzegging",
            "Klantvraag tot antwoord",
            "Acceptatie zakelijk",
            "Pensioenuitkering",
            "Maandafsluiting",
            "Inkoop tot betaling",
            "Instroom medewerkers",
            "Incident tot oplossing");

    static final List<String> SPONSORS = List.of(
            "Directeur Schade",
            "Directeur Klant",
            "COO",
            "CFO",
            "CIO",
            "CRO",
            "Directeur Particulier",
            "Directeur Zakelijk",
            "Directeur Leven",
            "HR-directeur");

    static final List<String> GOALS = List.of(
            "Digitale klantreis zonder overdrachten",
            "Acceptatie binnen één werkdag",
            "Klanttevredenheid boven 8",
            "Datagedreven beprijzing",
            "Veilig en verantwoord AI-gebruik",
            "Halvering van handmatige controles",
            "Duurzame schadehersteller",
            "Een wendbare IT-organisatie",
            "Minder uitval door preventie",
            "Groei in het MKB",
            "Betere pensioencommunicatie",
            "Fraudeverlies 20% lager",
            "Medewerkers AI-vaardig",
            "Eén klantbeeld over alle producten",
            "Snellere productontwikkeling",
            "Lagere kosten van compliance");

    static final List<String> SUMMARIES = List.of(
            "Op koers; gebruikers zijn enthousiast.",
            "Eerste resultaten veelbelovend, meting loopt.",
            "Integratie met de bronsystemen kost meer tijd.",
            "Adoptie blijft achter bij de verwachting.",
            "Leverancier levert later dan afgesproken.",
            "On track; the team meets weekly with the users.",
            "Results are mixed; accuracy below target.",
            "Uitrol naar de tweede afdeling gestart.",
            "Budget wordt sneller verbruikt dan gepland.",
            "Privacytoets afgerond, geen bezwaren.",
            "Waiting for the security review.",
            "Tijdwinst aangetoond in de steekproef.");

    static final List<String> RISKS = List.of(
            "Geen.",
            "Capaciteit van het team.",
            "Datakwaliteit in de bron.",
            "Afhankelijkheid van één leverancier.",
            "Toestemming voor datagebruik.",
            "Adoption by end users.",
            "Kosten per gebruiker stijgen.");

    static final List<String> NEXT_STEPS = List.of(
            "Uitbreiden naar de volgende afdeling.",
            "Meten op kwaliteit.",
            "Besluit in de kwartaalreview.",
            "Training voor de gebruikers.",
            "Koppeling met het kernsysteem.",
            "Share learnings with the community.",
            "Businesscase bijwerken.");

    static final List<String> LEARNINGS = List.of(
            "Werkt goed voor standaardgevallen; uitzonderingen blijven mensenwerk.",
            "De tijdwinst woog niet op tegen de kosten per gebruiker.",
            "Gebruikers hebben een korte training nodig.",
            "Works well once the prompts are shared in a library.",
            "De bestaande tool deed dit al; geen meerwaarde.",
            "Brede uitrol aanbevolen; controle op kwaliteit blijft nodig.");

    static final List<String> RISK_DESCRIPTIONS = List.of(
            "Model geeft onjuiste antwoorden aan klanten",
            "Persoonsgegevens komen bij de leverancier terecht",
            "Afhankelijkheid van één leverancier",
            "Medewerkers vertrouwen blind op de uitkomst",
            "Ongelijke behandeling van klantgroepen",
            "Kosten lopen op met het gebruik",
            "Model drifts after the data changes",
            "Toezichthouder vraagt uitleg die we niet kunnen geven");

    static final List<String> MITIGATIONS = List.of(
            "Menselijke controle op elke uitkomst",
            "Verwerkersovereenkomst en EU-hosting",
            "Exitstrategie en tweede leverancier",
            "Training en steekproeven",
            "Bias-analyse per kwartaal",
            "Budgetplafond per maand",
            "Monitoring and retraining");

    static final List<String> COMMENTS = List.of(
            "Graag afstemmen met het AI-platform voordat we uitbreiden.",
            "Mooie resultaten, deel ze in de community.",
            "Wat kost dit per gebruiker per maand?",
            "Is de privacytoets al gedaan?",
            "Can we reuse the prompts of the other team?",
            "Dit lijkt op het experiment van een andere afdeling; combineren?",
            "Akkoord, door naar de review.",
            "Meet ook de kwaliteit, niet alleen de snelheid.");

    static final List<String> REASONS = List.of(
            "Op koers; door volgens plan.",
            "Waarde aangetoond, opschalen.",
            "Resultaten blijven achter; stoppen.",
            "Bijsturen op scope en budget.",
            "On track; continue as planned.",
            "Doorzetten als programma.");

    static final List<String> MILESTONES = List.of(
            "Businesscase akkoord",
            "Pilot live",
            "Eerste afdeling over",
            "Koppeling kernsysteem",
            "Evaluatie met gebruikers",
            "Landelijke uitrol");

    private Vocabulary() {}

    /** A SQL text array of the list, for {@code (array)[1 + i % n]}. */
    static String array(List<String> words) {
        return words.stream()
                .map(w -> "'" + w.replace("'", "''") + "'")
                .collect(Collectors.joining(",", "(ARRAY[", "]::text[])"));
    }

    /** The SQL for the word at pseudo-random index {@code randomExpression} (a non-negative integer). */
    static String pick(List<String> words, String randomExpression) {
        return array(words) + "[1 + (" + randomExpression + ") % " + words.size() + "]";
    }
}
