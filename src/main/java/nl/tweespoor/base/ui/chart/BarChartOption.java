package nl.tweespoor.base.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the ECharts JSON of a bar chart; categories carry a key so a click can say what was clicked. */
public final class BarChartOption {

    private final List<String[]> categories = new ArrayList<>();
    private final List<String> series = new ArrayList<>();
    private boolean stacked;
    private boolean horizontal;
    private String ariaDescription = "";
    private List<String> categoryColors = List.of();

    public BarChartOption category(String key, String label) {
        categories.add(new String[] {key, label});
        return this;
    }

    public BarChartOption stacked() {
        stacked = true;
        return this;
    }

    public BarChartOption horizontal() {
        horizontal = true;
        return this;
    }

    /** One colour per category (e.g. green, amber, red) instead of one per series. */
    public BarChartOption categoryColors(List<String> colors) {
        categoryColors = List.copyOf(colors);
        return this;
    }

    public BarChartOption description(String text) {
        ariaDescription = text;
        return this;
    }

    public BarChartOption series(String id, String name, String color, List<? extends Number> values) {
        var data = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                data.append(',');
            }
            var value = values.get(i);
            data.append("{\"value\":")
                    .append(value instanceof BigDecimal big ? big.toPlainString() : value)
                    .append(",\"key\":")
                    .append(Json.string(categories.get(i)[0]));
            if (i < categoryColors.size()) {
                data.append(",\"itemStyle\":{\"color\":")
                        .append(Json.string(categoryColors.get(i)))
                        .append('}');
            }
            data.append('}');
        }
        data.append(']');
        series.add("{\"id\":" + Json.string(id) + ",\"name\":" + Json.string(name) + ",\"type\":\"bar\""
                + (stacked ? ",\"stack\":\"all\"" : "") + ",\"itemStyle\":{\"color\":" + Json.string(color) + "}"
                + ",\"data\":" + data + "}");
        return this;
    }

    public String toJson() {
        var labels = new StringBuilder("[");
        for (int i = 0; i < categories.size(); i++) {
            labels.append(i > 0 ? "," : "").append(Json.string(categories.get(i)[1]));
        }
        labels.append(']');
        var categoryAxis = "{\"type\":\"category\",\"data\":" + labels + ",\"axisLabel\":{\"interval\":0"
                + (horizontal ? "" : ",\"rotate\":" + (categories.size() > 4 ? 30 : 0)) + "}}";
        var valueAxis = "{\"type\":\"value\"}";
        return "{\"aria\":{\"enabled\":true,\"label\":{\"description\":" + Json.string(ariaDescription) + "}},"
                + "\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"top\":0},"
                + "\"grid\":{\"left\":8,\"right\":16,\"bottom\":8,\"top\":36,\"containLabel\":true},"
                + "\"xAxis\":" + (horizontal ? valueAxis : categoryAxis) + ","
                + "\"yAxis\":" + (horizontal ? categoryAxis : valueAxis) + ","
                + "\"series\":[" + String.join(",", series) + "]}";
    }
}
