package reassort.engine.simulation;

/** Draws the demand of successive periods from one random stream. */
@FunctionalInterface
public interface DemandSampler {
    double next(int period);
}
