package reassort.ui.scenarios;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;

/**
 * What the planner typed in the promotion form, as text; {@link #toChange()} checks it.
 *
 * @param uplift empty: estimated from past promotions; else a factor (1.5) or a percentage (+50 %)
 */
public record PromotionForm(String name, String sku, String category, String channels, String location,
        LocalDate start, LocalDate end, String discount, PromotionMechanic mechanic, String uplift, String dip,
        String cannibalisation) {

    /** The promotion and the planner's figures the form describes, checked. */
    public record Checked(Promotion promotion, double uplift, double dip, int dipWeeks, double cannibalisation) {}

    /** Checks the form; the scenario's change it describes. */
    public Checked check() {
        if (start == null || end == null) {
            throw new IllegalArgumentException("The promotion needs a start and an end date.");
        }
        Set<String> channelSet = new LinkedHashSet<>();
        if (channels != null) {
            Arrays.stream(channels.split("[,; ]+")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase(Locale.ROOT)).forEach(channelSet::add);
        }
        String code = "SCN-" + start;
        Promotion promotion = new Promotion(code, blankToNull(name) == null ? code : name, blankToNull(sku),
                blankToNull(category), channelSet, blankToNull(location), start, end, number(discount, 0, "Discount"),
                mechanic == null ? PromotionMechanic.DISCOUNT : mechanic);
        double upliftFactor = Double.NaN;
        if (blankToNull(uplift) != null) {
            String text = uplift.strip();
            upliftFactor = text.endsWith("%") ? 1 + number(text.substring(0, text.length() - 1), 0, "Uplift") / 100
                    : number(text, 0, "Uplift");
        }
        double dipShare = blankToNull(dip) == null ? Double.NaN : number(dip, 0, "Dip") / 100;
        double share = number(cannibalisation, 0, "Cannibalisation") / 100;
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("Cannibalisation (" + cannibalisation.strip() + " %) must be from 0 to 100.");
        }
        if (!Double.isNaN(upliftFactor) && !(upliftFactor > 0)) {
            throw new IllegalArgumentException("Uplift (" + uplift.strip() + ") must be above 0, e.g. 1.5 or +50 %.");
        }
        if (!Double.isNaN(dipShare) && !(dipShare >= 0 && dipShare < 1)) {
            throw new IllegalArgumentException("Dip (" + dip.strip() + " %) must be from 0 to under 100.");
        }
        return new Checked(promotion, upliftFactor, dipShare, 1, share);
    }

    private static double number(String text, double empty, String what) {
        if (blankToNull(text) == null) return empty;
        try {
            return Double.parseDouble(text.strip().replace(',', '.').replace("+", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " (" + text.strip() + ") is not a number. Maybe type 20 or 1.5.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
