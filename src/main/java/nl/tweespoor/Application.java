package nl.tweespoor;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import nl.tweespoor.backup.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/tweespoor.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (RestoreCommand.runIfAsked(args)) {
            return; // --tweespoor.restore=backup.zip restores into an empty data folder and ends
        }
        SpringApplication.run(Application.class, args);
    }

    /** The product's icon for the tab, a pinned tab and a home screen, and its name (META-INF/resources). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/tweespoor.svg", "any");
        settings.addLink("apple-touch-icon", "icons/icon-180.png");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addMetaTag("application-name", "Tweespoor");
        settings.addMetaTag("theme-color", "#1d4e89");
    }
}
