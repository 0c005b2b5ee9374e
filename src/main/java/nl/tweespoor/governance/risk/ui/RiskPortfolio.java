package nl.tweespoor.governance.risk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import nl.tweespoor.base.Track;
import nl.tweespoor.governance.risk.RiskClass;
import nl.tweespoor.governance.risk.RiskOverview;
import nl.tweespoor.governance.risk.RiskPortfolioService;

/**
 * The portfolio by AI risk class for /governance: active items per class and track as a small heat map (proposals
 * counted apart), then every HIGH and PROHIBITED item, PROHIBITED ones past the proposal stage shown as a breach.
 */
@StyleSheet("styles/risk.css")
public class RiskPortfolio extends Composite<Div> {

    private final RiskOverview overview;

    public RiskPortfolio(RiskPortfolioService service) {
        this.overview = service.overview();
        var root = getContent();
        root.setId("risk-portfolio");
        var title = new H2(getTranslation("risk.portfolio.title"));
        title.setId("risk-portfolio-title");
        root.add(title);
        if (overview.breaches() > 0) {
            var alert = new Paragraph(getTranslation("risk.portfolio.breach-alert", overview.breaches()));
            alert.addClassNames("alert", "alert-danger");
            alert.getElement().setAttribute("role", "alert");
            root.add(alert);
        }
        root.add(heatMap(), new RiskyItemList(service, overview.riskyCount()));
    }

    private NativeTable heatMap() {
        var table = new NativeTable();
        table.addClassName("risk-heatmap");
        table.setId("risk-heatmap");
        table.setCaptionText(getTranslation("risk.portfolio.caption"));
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("risk.class.label"));
        for (var track : Track.values()) {
            head.addHeaderCell().setText(getTranslation("track." + track.name()));
        }
        head.addHeaderCell().setText(getTranslation("risk.portfolio.proposed"));
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        int max = Math.max(1, overview.maxActive());
        for (var riskClass : RiskClass.values()) {
            var row = table.getBody().addRow();
            var rowHead = row.addHeaderCell();
            rowHead.getElement().setAttribute("scope", "row");
            rowHead.add(RiskBadges.riskClass(riskClass, this::getTranslation));
            for (var track : Track.values()) {
                int count = overview.active(track, riskClass);
                var cell = row.addDataCell();
                cell.setText(String.valueOf(count));
                cell.setId("heat-" + track.name() + "-" + riskClass.name());
                shade(cell, riskClass, count, max);
            }
            int proposed = overview.proposed(Track.PERSONAL, riskClass) + overview.proposed(Track.STRATEGIC, riskClass);
            var cell = row.addDataCell();
            cell.setText(String.valueOf(proposed));
            cell.setId("heat-PROPOSED-" + riskClass.name());
        }
        return table;
    }

    /** Light tints only, so the dark number keeps a contrast of 7:1 or more on every cell. */
    private static void shade(NativeTableCell cell, RiskClass riskClass, int count, int max) {
        if (count == 0) {
            return;
        }
        var rgb = switch (riskClass) {
            case MINIMAL -> "11, 110, 79";
            case LIMITED -> "29, 78, 137";
            case HIGH -> "154, 107, 0";
            case PROHIBITED -> "179, 38, 30";
        };
        double alpha = 0.08 + 0.27 * count / max;
        cell.getStyle().set("background", "rgba(" + rgb + ", " + String.format(Locale.ROOT, "%.2f", alpha) + ")");
    }

    /** HIGH and PROHIBITED items, breaches first, each linking to its page; a page at a time with "show more". */
    private static final class RiskyItemList extends Div {

        static final int PAGE = 10;

        private final RiskPortfolioService service;
        private final int count;
        private final UnorderedList list = new UnorderedList();
        private final Button more = new Button();
        private int shown;

        RiskyItemList(RiskPortfolioService service, int count) {
            this.service = service;
            this.count = count;
            setId("risk-items");
            if (count == 0) {
                add(new Paragraph(getTranslation("risk.portfolio.no-high")));
                return;
            }
            list.addClassName("risk-items");
            list.getElement().setAttribute("aria-label", getTranslation("risk.portfolio.items", count));
            more.setId("risk-items-more");
            more.addClickListener(e -> load());
            add(list, more);
            load();
        }

        private void load() {
            var page = service.riskyItems(shown, PAGE);
            page.forEach(item -> list.add(item(item)));
            shown += page.size();
            more.setVisible(shown < count);
            more.setText(getTranslation("risk.portfolio.more", Math.min(PAGE, count - shown), shown, count));
        }

        private ListItem item(RiskOverview.RiskyItem item) {
            var route = item.track().itemPath(item.id());
            var title = new Div(
                    new Anchor(route, item.title()),
                    new Span(" "),
                    RiskBadges.riskClass(item.riskClass(), this::getTranslation));
            if (item.breach()) {
                title.add(new Span(" "), RiskBadges.breach(this::getTranslation));
            }
            var meta = new Div(new Span(item.department() + " · "
                    + getTranslation("track." + item.track().name())
                    + " · " + getTranslation("stage." + item.stage()) + " · "
                    + getTranslation("risk.portfolio.open-high-count", item.openHighRisks())));
            meta.addClassName("risk-item-meta");
            var justification = new Paragraph(
                    item.justification() == null ? getTranslation("risk.justification.none") : item.justification());
            var li = new ListItem(title, meta, justification);
            li.setId("risk-item-" + item.id());
            return li;
        }
    }
}
