package reassort.engine.policy;

import reassort.domain.Require;

/** A service level and what it measures, e.g. 95 % cycle service or 98 % fill rate. */
public record ServiceTarget(ServiceMeasure measure, ServiceLevel level) {
    public ServiceTarget {
        Require.present(measure, "Service measure");
        Require.present(level, "Service level");
    }

    public static ServiceTarget cycleService(double probability) {
        return new ServiceTarget(ServiceMeasure.CYCLE_SERVICE, ServiceLevel.of(probability));
    }

    public static ServiceTarget fillRate(double probability) {
        return new ServiceTarget(ServiceMeasure.FILL_RATE, ServiceLevel.of(probability));
    }

    @Override
    public String toString() {
        return level + " " + measure.english();
    }
}
