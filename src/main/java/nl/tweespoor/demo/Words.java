package nl.tweespoor.demo;

import java.util.List;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.Rag;

/** What owners wrote in the story's monthly updates, by RAG, and the last word of an item that ended. */
record Words(String summary, String risks, String nextSteps) {

    private static final List<String> GREEN = List.of(
            "Op schema; gebruikers melden tijdwinst.",
            "Mijlpaal van deze maand gehaald.",
            "Adoptie groeit; geen blokkades.",
            "Team op sterkte; planning blijft staan.");
    private static final List<String> AMBER = List.of(
            "Vertraging door een afhankelijkheid van IT.",
            "Minder gebruik dan verwacht; extra uitleg nodig.",
            "Leverancier levert later dan afgesproken.");
    private static final List<String> RED =
            List.of("Resultaten blijven achter bij de hypothese.", "Zonder besluit kan het team niet verder.");

    static Words month(Rag rag, int month) {
        return switch (rag) {
            case GREEN -> new Words(pick(GREEN, month), "Geen.", "Doorgaan volgens plan.");
            case AMBER -> new Words(pick(AMBER, month), "Planning onder druk.", "Bijsturen met het team.");
            default ->
                new Words(pick(RED, month), "Doel van het kwartaal niet haalbaar.", "Besluit vragen in de review.");
        };
    }

    static Words closing(Stage stage, boolean experiment) {
        return switch (stage) {
            case STOPPED ->
                new Words(
                        "Resultaten blijven achter; stoppen voorgesteld.", "Geen draagvlak.", "Besluit in de review.");
            case PROMOTED ->
                new Words(
                        "Tijdwinst bewezen; voorstel om als programma verder te gaan.",
                        "Geen.",
                        "Voorstel in de kwartaalreview.");
            case COMPLETED -> new Words("Opgeleverd en overgedragen aan beheer.", "Geen.", "Afsluiten.");
            default ->
                new Words(
                        experiment ? "Afgerond; de lessen staan op de pagina." : "Afgerond volgens plan.",
                        "Geen.",
                        "Lessen delen in de AI-community.");
        };
    }

    private static String pick(List<String> texts, int month) {
        return texts.get(month % texts.size());
    }
}
