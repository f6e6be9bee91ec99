package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ForecasterTest {
    private final Forecaster forecaster = new Forecaster(ForecastOptions.defaults(13));

    @Test
    void aClearlySeasonalSeriesGetsASeasonalForecast() {
        double[] y = SeriesFixtures.weeklySeasonal(4 * 52, 100, 0.05, 1);
        ForecastResult result = new Forecaster(ForecastOptions.defaults(52)).forecast(DemandHistory.of(y, 52));
        assertThat(result.seasonality()).isEqualTo(SeasonalAdjustment.OWN_INDICES);
        assertThat(result.components()).allSatisfy(c ->
                assertThat(c.seasonallyAdjusted() || c.method() == Method.SEASONAL_NAIVE).isTrue());
        // the history ends with a full year, so step k + 1 is week k: the peak (47) far above the trough (21)
        double[] point = result.point();
        assertThat(point[47]).isGreaterThan(3 * point[21]);
        assertThat(result.reason()).contains("seasonal");
    }

    @Test
    void anIntermittentSeriesGetsAnIntermittentMethod() {
        double[] y = SeriesFixtures.intermittent(104, 5, 6, 2);
        ForecastResult result = forecaster.forecast(DemandHistory.of(y, 52));
        assertThat(result.demandClass().isIntermittent()).isTrue();
        assertThat(result.components()).allSatisfy(c -> assertThat(c.method())
                .isIn(Method.CROSTON, Method.SBA, Method.TSB, Method.SES, Method.MOVING_AVERAGE));
        assertThat(result.components()).anySatisfy(c -> assertThat(c.method().isIntermittent()).isTrue());
        // about 6 units in one period of 5
        assertThat(result.point()[0]).isCloseTo(1.2, within(0.6));
    }

    @Test
    void aSmoothTrendIsFollowed() {
        double[] y = SeriesFixtures.trend(150, 200, 2, 3, 3);
        ForecastResult result = forecaster.forecast(DemandHistory.of(y, 1));
        assertThat(result.demandClass()).isEqualTo(DemandClass.SMOOTH);
        assertThat(result.point()[12]).isCloseTo(200 + 2 * 162, within(15.0));
    }

    @Test
    void theResultExplainsItselfAndCarriesItsErrorDistribution() {
        double[] y = SeriesFixtures.trend(120, 50, 0, 5, 4);
        ForecastResult result = forecaster.forecast(DemandHistory.of(y, 1));
        assertThat(result.components()).hasSize(2);
        assertThat(result.method()).startsWith("Mean of ");
        assertThat(result.reason()).contains("rolling forecast origins", "Demand smooth");
        // fitted on the last 100 periods (the default for a non-seasonal series), a quarter of them as origins
        assertThat(result.validation().origins()).isEqualTo(25);
        double[] spread = result.errorStdDevByHorizon();
        assertThat(spread).hasSize(13);
        assertThat(spread[0]).isCloseTo(5, within(2.0));
        for (int k = 1; k < spread.length; k++) assertThat(spread[k]).isGreaterThanOrEqualTo(spread[k - 1]);
        assertThat(result.errors().quantile(1, 0.9)).isGreaterThan(0);
    }

    @Test
    void oneMethodAloneIsUsedAsIs() {
        Forecaster sesOnly = new Forecaster(ForecastOptions.defaults(3).withCandidates(EnumSet.of(Method.SES)));
        ForecastResult result = sesOnly.forecast(DemandHistory.of(SeriesFixtures.trend(60, 10, 0, 1, 5), 1));
        assertThat(result.method()).isEqualTo("SES");
        assertThat(result.components()).singleElement().satisfies(c -> assertThat(c.parameters()).startsWith("alpha="));
    }

    @Test
    void aSeriesWithoutDemandIsForecastZero() {
        ForecastResult result = forecaster.forecast(DemandHistory.of(new double[30], 52));
        assertThat(result.demandClass()).isEqualTo(DemandClass.NO_DEMAND);
        assertThat(result.point()).containsOnly(0);
        assertThat(result.reason()).contains("No demand");
    }

    @Test
    void aVeryShortHistoryFallsBackToASafeDefault() {
        ForecastResult result = forecaster.forecast(DemandHistory.of(new double[] {4, 6, 5}, 52));
        assertThat(result.method()).isEqualTo("SES");
        assertThat(result.reason()).contains("too short to compare");
        assertThat(result.point()[0]).isBetween(4.0, 6.0);
    }

    @Test
    void aShortSeriesBorrowsTheSuppliedSeasonalProfile() {
        double[] profile = new double[52];
        for (int j = 0; j < 52; j++) profile[j] = SeriesFixtures.seasonalIndex(j);
        double mean = SeriesFixtures.mean(profile, 0, 52);
        for (int j = 0; j < 52; j++) profile[j] /= mean;
        double[] y = new double[40]; // weeks 0..39 of a year: no peak seen yet
        for (int t = 0; t < y.length; t++) y[t] = 50 * profile[t];
        ForecastResult withProfile = forecaster.forecast(DemandHistory.of(y, 52).withSeasonalProfile(profile));
        ForecastResult without = forecaster.forecast(DemandHistory.of(y, 52));
        assertThat(withProfile.seasonality()).isEqualTo(SeasonalAdjustment.SUPPLIED_PROFILE);
        // step 8 is week 47, the peak
        assertThat(withProfile.point()[7]).isCloseTo(50 * profile[47], within(5.0));
        assertThat(without.point()[7]).isLessThan(withProfile.point()[7] - 20);
    }

    @Test
    void theSameHistoryAlwaysGivesTheSameForecast() {
        DemandHistory history = DemandHistory.of(SeriesFixtures.weeklySeasonal(300, 80, 0.1, 6), 52);
        assertThat(forecaster.forecast(history).point()).containsExactly(forecaster.forecast(history).point());
    }

    @Test
    void forecastsOfDemandAreNeverNegative() {
        double[] falling = SeriesFixtures.trend(60, 100, -3, 2, 7);
        for (int t = 0; t < falling.length; t++) falling[t] = Math.max(0, falling[t]);
        double[] point = forecaster.forecast(DemandHistory.of(falling, 1)).point();
        assertThat(java.util.Arrays.stream(point).min().orElseThrow()).isGreaterThanOrEqualTo(0);
    }
}
