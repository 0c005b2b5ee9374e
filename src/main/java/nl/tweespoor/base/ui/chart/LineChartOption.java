package nl.tweespoor.base.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds the ECharts JSON of a line chart over categories (quarters): lines on one or two value axes, a gap where a
 * value is missing, and dashed reference lines (a target). Every chart also needs its numbers as text beside it.
 */
public final class LineChartOption {

    private final List<String> categories = new ArrayList<>();
    private final List<String> axes = new ArrayList<>();
    private final List<String> series = new ArrayList<>();
    private String ariaDescription = "";

    public LineChartOption categories(List<String> labels) {
        categories.addAll(labels);
        return this;
    }

    /** A value axis (the first on the left, a second on the right); min and max may be left to the chart. */
    public LineChartOption axis(String name, @Nullable Number min, @Nullable Number max) {
        // The name sits above the axis, running inwards, so the chart's edge never cuts it off.
        var align = axes.isEmpty() ? "left" : "right";
        axes.add("{\"type\":\"value\",\"name\":" + Json.string(name)
                + ",\"nameTextStyle\":{\"align\":\"" + align + "\"}"
                // one set of grid lines: a second axis's lines would fall between the first's
                + (axes.isEmpty() ? "" : ",\"splitLine\":{\"show\":false}")
                + (min == null ? "" : ",\"min\":" + number(min))
                + (max == null ? "" : ",\"max\":" + number(max)) + "}");
        return this;
    }

    public LineChartOption description(String text) {
        ariaDescription = text;
        return this;
    }

    /** A line on axis {@code axis} (0 or 1), one value per category; null leaves a gap. */
    public LineChartOption line(
            String id, String name, String color, int axis, List<? extends @Nullable Number> values) {
        series.add(series(id, name, color, axis, values, "solid", true));
        return this;
    }

    /** A dashed line at one value across every category, e.g. a target. */
    public LineChartOption reference(String id, String name, String color, Number value) {
        var values = new ArrayList<Number>();
        categories.forEach(c -> values.add(value));
        series.add(series(id, name, color, 0, values, "dashed", false));
        return this;
    }

    public String toJson() {
        var labels = new StringBuilder("[");
        for (int i = 0; i < categories.size(); i++) {
            labels.append(i > 0 ? "," : "").append(Json.string(categories.get(i)));
        }
        labels.append(']');
        return "{\"aria\":{\"enabled\":true,\"label\":{\"description\":" + Json.string(ariaDescription) + "}},"
                + "\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"top\":0},"
                + "\"grid\":{\"left\":8,\"right\":16,\"bottom\":8,\"top\":48,\"containLabel\":true},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + labels + ",\"axisLabel\":{\"rotate\":"
                + (categories.size() > 8 ? 30 : 0) + "}},"
                + "\"yAxis\":[" + String.join(",", axes.isEmpty() ? List.of("{\"type\":\"value\"}") : axes) + "],"
                + "\"series\":[" + String.join(",", series) + "]}";
    }

    private static String series(
            String id,
            String name,
            String color,
            int axis,
            List<? extends @Nullable Number> values,
            String lineType,
            boolean symbols) {
        var data = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            var value = values.get(i);
            data.append(i > 0 ? "," : "").append(value == null ? "null" : number(value));
        }
        data.append(']');
        return "{\"id\":" + Json.string(id) + ",\"name\":" + Json.string(name) + ",\"type\":\"line\""
                + ",\"yAxisIndex\":" + axis + ",\"connectNulls\":false"
                + (symbols ? "" : ",\"symbol\":\"none\"")
                + ",\"itemStyle\":{\"color\":" + Json.string(color) + "}"
                + ",\"lineStyle\":{\"type\":\"" + lineType + "\",\"color\":" + Json.string(color) + "}"
                + ",\"data\":" + data + "}";
    }

    private static String number(Number value) {
        return value instanceof BigDecimal big ? big.toPlainString() : value.toString();
    }
}
