package nl.tweespoor.governance.risk.ui;

import com.vaadin.flow.component.Component;
import nl.tweespoor.base.ui.ItemPageSection;
import nl.tweespoor.governance.risk.RiskService;
import org.springframework.core.annotation.Order;

/** Puts the AI risk class and the risk register on every item's page. */
@org.springframework.stereotype.Component
@Order(20)
class RiskSection implements ItemPageSection {

    private final RiskService risks;

    RiskSection(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public Component create(long initiativeId) {
        return new RiskPanel(risks, initiativeId);
    }
}
