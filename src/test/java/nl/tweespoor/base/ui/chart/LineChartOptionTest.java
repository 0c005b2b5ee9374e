package nl.tweespoor.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The line chart's ECharts option: valid JSON, a gap for a missing value, a reference line at one value. */
class LineChartOptionTest {

    @Test
    void a_missing_value_is_a_gap_and_the_target_runs_across_every_category() {
        var json = new LineChartOption()
                .categories(List.of("2027-Q1", "2027-Q2", "2027-Q3"))
                .axis("Share \"%\"", 0, 100)
                .line("share", "Share", "#1d4e89", 0, Arrays.asList(new BigDecimal("12.5"), null, 40))
                .reference("target", "Target", "#b3261e", new BigDecimal("30"))
                .toJson();

        var option = JsonMapper.builder().build().readTree(json);

        assertThat(option.get("xAxis").get("data")).hasSize(3);
        assertThat(option.get("yAxis").get(0).get("name").asString()).isEqualTo("Share \"%\"");
        var share = option.get("series").get(0);
        assertThat(share.get("data").get(0).decimalValue()).isEqualByComparingTo("12.5");
        assertThat(share.get("data").get(1).isNull()).isTrue();
        var target = option.get("series").get(1);
        assertThat(target.get("lineStyle").get("type").asString()).isEqualTo("dashed");
        assertThat(target.get("data"))
                .hasSize(3)
                .allSatisfy(v -> assertThat(v.asInt()).isEqualTo(30));
    }

    @Test
    void a_second_axis_draws_no_grid_lines_of_its_own() {
        var json = new LineChartOption()
                .categories(List.of("2027-Q1"))
                .axis("Adoption", 0, 100)
                .axis("Satisfaction", 1, 5)
                .toJson();

        var axes = JsonMapper.builder().build().readTree(json).get("yAxis");

        assertThat(axes.get(0).has("splitLine")).isFalse();
        assertThat(axes.get(1).get("splitLine").get("show").asBoolean()).isFalse();
    }
}
