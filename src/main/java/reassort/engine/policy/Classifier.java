package reassort.engine.policy;

import java.util.Arrays;
import java.util.Comparator;

/**
 * ABC on value and XYZ on variability.
 * <ul>
 *   <li>ABC: items sorted by value, highest first; an item is A while the share of value <em>before</em> it is under
 *       the A share (so the item that crosses 80 % is still A), B while under A + B, C after. Ties keep input order.</li>
 *   <li>XYZ: coefficient of variation CV = σ/d; X if CV ≤ X threshold, Y if ≤ Y threshold, Z otherwise (and Z when
 *       there is no demand).</li>
 * </ul>
 */
public final class Classifier {
    private final ClassificationSettings settings;

    public Classifier(ClassificationSettings settings) {
        this.settings = settings;
    }

    /** Classifies items given their values and coefficients of variation (same order in, same order out). */
    public ItemClass[] classify(double[] values, double[] coefficientsOfVariation) {
        if (values.length != coefficientsOfVariation.length) {
            throw new IllegalArgumentException("Values (" + values.length + ") and variations ("
                    + coefficientsOfVariation.length + ") must come in pairs.");
        }
        int n = values.length;
        double total = 0;
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("Item value (" + v + ") must be zero or more. Maybe a unit cost is negative.");
            }
            total += v;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i));
        ItemClass[] result = new ItemClass[n];
        double before = 0;
        for (Integer i : order) {
            double share = total > 0 ? before / total : 1;
            AbcClass abc = values[i] <= 0 ? AbcClass.C
                    : share < settings.aShare() - 1e-12 ? AbcClass.A
                    : share < settings.aShare() + settings.bShare() - 1e-12 ? AbcClass.B : AbcClass.C;
            before += values[i];
            double cumulative = total > 0 ? before / total : 1;
            result[i] = new ItemClass(abc, xyz(coefficientsOfVariation[i]), values[i], cumulative, coefficientsOfVariation[i]);
        }
        return result;
    }

    public XyzClass xyz(double cv) {
        if (Double.isNaN(cv) || cv > settings.yMaxCv() + 1e-12) return XyzClass.Z;
        return cv <= settings.xMaxCv() + 1e-12 ? XyzClass.X : XyzClass.Y;
    }
}
