package nl.tweespoor.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.governance.fragmentation.ui.FragmentationRadar;

/** Governance across all items: one tab per section (fragmentation radar first). Everyone reads; leaders act. */
@Route("governance")
@Menu(title = "menu.governance", order = 8, icon = "vaadin:shield")
@PermitAll
public class GovernanceView extends VerticalLayout implements HasDynamicTitle {

    private final TabSheet sections = new TabSheet();

    public GovernanceView(FragmentationService fragmentation) {
        addClassName("list-view");
        setWidthFull();
        sections.setWidthFull();
        sections.setId("governance-sections");
        add(sections);
        addSection("fragmentation.tab", new FragmentationRadar(fragmentation));
    }

    /** Adds a section as a tab; its title is a translation key. */
    private void addSection(String titleKey, Component section) {
        sections.add(getTranslation(titleKey), section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.governance");
    }
}
