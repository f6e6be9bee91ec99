package reassort.domain;

import java.time.LocalDate;

/**
 * A sale or return line (one per sale line or per day, as the source gives it). Quantity and amount are
 * always positive; {@code kind} says whether units left (sale) or came back (return). {@code promoCode} is
 * null when the line was not on promotion.
 */
public record SalesLine(
        LocalDate date,
        String sku,
        String location,
        String channel,
        SalesKind kind,
        double quantity,
        double amount,
        String promoCode) {
    public SalesLine {
        Require.present(date, "Sales date");
        sku = Require.code(sku, "SKU");
        location = Require.code(location, "Location");
        channel = Require.code(channel, "Channel").toUpperCase(java.util.Locale.ROOT);
        Require.present(kind, "Sales kind");
        Require.nonNegative(quantity, "Quantity");
        Require.nonNegative(amount, "Amount");
        promoCode = promoCode == null || promoCode.isBlank() ? null : promoCode.strip();
    }

    public boolean onPromotion() {
        return promoCode != null;
    }
}
