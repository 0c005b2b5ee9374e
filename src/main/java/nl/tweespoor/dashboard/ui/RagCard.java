package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import nl.tweespoor.base.ui.chart.BarChartOption;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.dashboard.RagCount;
import nl.tweespoor.status.Rag;

/** How many active items stand at green, amber and red by their latest status. */
class RagCard extends Card {

    RagCard(List<RagCount> rags) {
        super("dashboard.rag", "card-rag");
        var option = new BarChartOption()
                .horizontal()
                .description(getTranslation("dashboard.rag"))
                .categoryColors(List.of("#0b6e4f", "#b06d00", "#b3261e"));
        var order = List.of(Rag.values());
        order.forEach(rag -> option.category(rag.name(), getTranslation("rag." + rag.name())));
        var values = order.stream()
                .map(rag -> rags.stream()
                        .filter(r -> r.rag() == rag)
                        .mapToInt(RagCount::count)
                        .sum())
                .toList();
        option.series("items", getTranslation("dashboard.items"), "#1d4e89", values);
        var chart = new Chart(option.toJson());
        chart.setHeight("12rem");
        var text = chartText();
        for (int i = 0; i < order.size(); i++) {
            text.add(new ListItem(getTranslation("rag." + order.get(i)) + ": " + values.get(i)));
        }
        add(chart, text);
    }
}
