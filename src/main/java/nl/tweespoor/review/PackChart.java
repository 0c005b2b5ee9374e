package nl.tweespoor.review;

import java.util.List;

/**
 * One chart of the board pack, already in the reader's language: its title, the key message it carries (also its
 * description for screen readers and the line on the executive summary), the categories along its axis and one or
 * more series of values with the labels printed beside the bars. Both renderers draw from it (the PDF with OpenPDF's
 * drawing operations, the PowerPoint as a native chart), so the two say the same.
 */
record PackChart(String title, String message, List<String> categories, List<Series> series) {

    PackChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /**
     * The end of the scale: the highest value of all series, at least 1 so an all-zero chart still has a scale, and at
     * least 100 for shares, so a share is drawn against the whole.
     */
    double max() {
        double floor = series.stream().allMatch(s -> s.numberFormat().equals(Series.PERCENT)) ? 100 : 1;
        return series.stream()
                .flatMap(s -> s.values().stream())
                .mapToDouble(Double::doubleValue)
                .reduce(floor, Math::max);
    }

    /**
     * One series: a value per category with its label as the rest of the pack writes it ("€ 1.200.000", "42%", "3").
     * An outlined series is drawn as an open bar (the envelope, the target) so it differs from the filled one by shape,
     * not only by colour. The number format is the spreadsheet's (the PowerPoint chart's labels), as the labels write it.
     */
    record Series(String name, List<Double> values, List<String> labels, boolean outlined, String numberFormat) {

        static final String EUROS = "€ #,##0";
        static final String PERCENT = "0.#\"%\"";
        static final String COUNT = "0";

        Series {
            values = List.copyOf(values);
            labels = List.copyOf(labels);
        }
    }
}
