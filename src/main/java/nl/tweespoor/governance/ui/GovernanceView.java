package nl.tweespoor.governance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.governance.fragmentation.FragmentationExportService;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.governance.fragmentation.ToolAliasService;
import nl.tweespoor.governance.fragmentation.ui.FragmentationRadar;
import nl.tweespoor.governance.fragmentation.ui.ToolAliasPanel;
import nl.tweespoor.governance.risk.RiskPortfolioService;
import nl.tweespoor.governance.risk.ui.RiskPortfolio;

/**
 * Governance across all items: the fragmentation radar and the tool aliases it counts by, then the portfolio by AI
 * risk class, one below the other with jump links at the top. Everyone reads; leaders act.
 */
@Route("governance")
@Menu(title = "menu.governance", order = 8, icon = "vaadin:shield")
@PermitAll
public class GovernanceView extends VerticalLayout implements HasDynamicTitle {

    public GovernanceView(
            FragmentationService fragmentation,
            FragmentationExportService exports,
            ToolAliasService aliases,
            RiskPortfolioService risks) {
        addClassName("list-view");
        setWidthFull();
        var jump = new Nav(
                new Anchor("governance#fragmentation-radar", getTranslation("fragmentation.tab")),
                new Anchor("governance#tool-aliases", getTranslation("fragmentation.aliases.heading")),
                new Anchor("governance#risk-portfolio", getTranslation("governance.risk-classes")));
        jump.addClassName("sub-nav");
        jump.getElement().setAttribute("aria-label", getTranslation("menu.governance"));
        var radar = new FragmentationRadar(fragmentation, exports);
        add(jump, radar, new ToolAliasPanel(aliases, radar::refresh), new RiskPortfolio(risks));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.governance");
    }
}
