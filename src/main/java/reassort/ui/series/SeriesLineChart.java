package reassort.ui.series;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * A line chart of weeks (x: weeks from the forecast's first week, negative in the history) that also draws the
 * forecast interval as a band, promotion weeks as shaded columns, stockout weeks as red marks along the bottom and
 * overridden forecast weeks as orange marks along the top.
 */
final class SeriesLineChart extends LineChart<Number, Number> {
    private final List<Node> decorations = new ArrayList<>();
    private double[] bandX = new double[0];
    private double[] bandLower = new double[0];
    private double[] bandUpper = new double[0];
    private List<Double> promotedWeeks = List.of();
    private List<Double> stockoutWeeks = List.of();
    private List<Double> overriddenWeeks = List.of();

    SeriesLineChart(NumberAxis x, NumberAxis y) {
        super(x, y);
    }

    void decorate(double[] bandX, double[] lower, double[] upper, List<Double> promoted, List<Double> stockouts,
            List<Double> overridden) {
        this.bandX = bandX;
        this.bandLower = lower;
        this.bandUpper = upper;
        this.promotedWeeks = promoted;
        this.stockoutWeeks = stockouts;
        this.overriddenWeeks = overridden;
        requestChartLayout();
    }

    int promotedMarks() {
        return promotedWeeks.size();
    }

    int stockoutMarks() {
        return stockoutWeeks.size();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        getPlotChildren().removeAll(decorations);
        decorations.clear();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double top = y.getDisplayPosition(y.getUpperBound());
        double bottom = y.getDisplayPosition(Math.max(0, y.getLowerBound()));
        double weekWidth = Math.abs(x.getDisplayPosition(1) - x.getDisplayPosition(0));
        List<Node> behind = new ArrayList<>();
        for (double week : promotedWeeks) {
            Rectangle r = new Rectangle(x.getDisplayPosition(week - 0.5), top, weekWidth, bottom - top);
            r.setFill(Color.rgb(255, 200, 0, 0.18));
            r.getStyleClass().add("promotion-week");
            behind.add(r);
        }
        if (bandX.length > 0) {
            Polygon band = new Polygon();
            for (int k = 0; k < bandX.length; k++) {
                band.getPoints().addAll(x.getDisplayPosition(bandX[k]), y.getDisplayPosition(bandUpper[k]));
            }
            for (int k = bandX.length - 1; k >= 0; k--) {
                band.getPoints().addAll(x.getDisplayPosition(bandX[k]), y.getDisplayPosition(bandLower[k]));
            }
            band.setFill(Color.rgb(30, 110, 220, 0.18));
            band.setStroke(null);
            band.setId("seriesIntervalBand");
            behind.add(band);
        }
        List<Node> front = new ArrayList<>();
        for (double week : stockoutWeeks) {
            Rectangle r = new Rectangle(x.getDisplayPosition(week - 0.5), bottom - 6, Math.max(2, weekWidth), 6);
            r.setFill(Color.rgb(200, 0, 30, 0.85));
            r.getStyleClass().add("stockout-week");
            front.add(r);
        }
        for (double week : overriddenWeeks) {
            Rectangle r = new Rectangle(x.getDisplayPosition(week - 0.5), top, Math.max(2, weekWidth), 5);
            r.setFill(Color.rgb(230, 120, 0, 0.9));
            r.getStyleClass().add("override-week");
            front.add(r);
        }
        getPlotChildren().addAll(0, behind);
        getPlotChildren().addAll(front);
        decorations.addAll(behind);
        decorations.addAll(front);
    }
}
