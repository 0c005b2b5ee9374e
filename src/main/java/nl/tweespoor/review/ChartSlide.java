package nl.tweespoor.review;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * A {@link PackChart} as a native PowerPoint bar chart (POI XDDF): its numbers sit in the chart's embedded workbook, so
 * a leader can edit them in PowerPoint ("Edit data") and the chart follows. Each bar shows its value; the outlined
 * series (envelope, target) is an open, dashed bar, as in the PDF, so the series differ by more than colour.
 */
final class ChartSlide {

    private ChartSlide() {}

    static XSLFChart add(XMLSlideShow show, XSLFSlide slide, PackChart chart, Rectangle2D.Double points) {
        var graph = show.createChart(slide);
        slide.addChart(
                graph,
                new Rectangle2D.Double(
                        Units.toEMU(points.x),
                        Units.toEMU(points.y),
                        Units.toEMU(points.width),
                        Units.toEMU(points.height)));
        graph.setAutoTitleDeleted(true);
        var categoryAxis = graph.createCategoryAxis(AxisPosition.LEFT);
        // top to bottom in the order of the PDF
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        var valueAxis = graph.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        var data = (XDDFBarChartData) graph.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        int rows = chart.categories().size();
        var categories = XDDFDataSourcesFactory.fromArray(
                chart.categories().toArray(String[]::new), graph.formatRange(new CellRangeAddress(1, rows, 0, 0)));
        for (int s = 0; s < chart.series().size(); s++) {
            var values = chart.series().get(s);
            var numbers = XDDFDataSourcesFactory.fromArray(
                    values.values().toArray(Double[]::new),
                    graph.formatRange(new CellRangeAddress(1, rows, s + 1, s + 1)),
                    s + 1);
            var series = (XDDFBarChartData.Series) data.addSeries(categories, numbers);
            series.setTitle(values.name(), graph.setSheetTitle(values.name(), s + 1));
            style(series, ChartDrawing.COLOURS.get(s % ChartDrawing.COLOURS.size()), values.outlined());
            showValues(series, values.numberFormat());
        }
        if (chart.series().size() > 1) {
            graph.getOrAddLegend().setPosition(LegendPosition.TOP);
        }
        graph.plot(data);
        return graph;
    }

    private static void style(XDDFBarChartData.Series series, Color colour, boolean outlined) {
        var rgb =
                XDDFColor.from(new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()});
        var line = new XDDFLineProperties(new XDDFSolidFillProperties(rgb));
        line.setWidth(outlined ? 1.75 : 0.5);
        if (outlined) {
            line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
            series.setFillProperties(new XDDFNoFillProperties());
        } else {
            series.setFillProperties(new XDDFSolidFillProperties(rgb));
        }
        series.setLineProperties(line);
    }

    /** The value beside each bar, so the chart does not rely on colour and the axis alone. */
    private static void showValues(XDDFBarChartData.Series series, String numberFormat) {
        var labels = series.getCTBarSer().addNewDLbls();
        var format = labels.addNewNumFmt();
        format.setFormatCode(numberFormat);
        format.setSourceLinked(false);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
