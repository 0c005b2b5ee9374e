package nl.tweespoor.governance.risk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import nl.tweespoor.governance.risk.RiskPortfolioService;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The portfolio component renders the heat map and links the HIGH items to their pages. */
class RiskPortfolioViewTest extends BrowserlessUiTest {

    @Autowired
    RiskPortfolioService service;

    @Test
    @WithUserDetails("viewer")
    void the_portfolio_shows_counts_per_class_and_track_and_links_the_high_risk_items() {
        var overview = service.overview();
        UI.getCurrent().add(new RiskPortfolio(service));

        assertThat($(NativeTableCell.class).id("heat-STRATEGIC-HIGH").getText())
                .isEqualTo(String.valueOf(overview.active(
                        nl.tweespoor.base.Track.STRATEGIC, nl.tweespoor.governance.risk.RiskClass.HIGH)));
        assertThat($(NativeTableCell.class).id("heat-PERSONAL-LIMITED").getText())
                .isEqualTo("3");
        var fraud = service.riskyItems(0, RiskPortfolioService.MAX_PAGE).stream()
                .filter(i -> i.title().startsWith("Fraudedetectie"))
                .findFirst()
                .orElseThrow();
        var item = $(ListItem.class).id("risk-item-" + fraud.id());
        assertThat($(Anchor.class, item).single().getHref()).isEqualTo("programmes/" + fraud.id());
        assertThat(item.getElement().getTextRecursively()).contains("Schadebehandeling", "1 open hoog risico");
    }
}
