package reassort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import reassort.domain.DailySeries;
import reassort.domain.ProgressListener;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.WeeklySeries;

/** Reads sales blocks back: weekly series streamed in series order, one series' days, plain lines. */
final class SalesReader {
    private SalesReader() {}

    /** Dense arrays a day or a week per slot: a century is plenty and keeps a typo from allocating gigabytes. */
    private static final long MAX_WINDOW_DAYS = 100 * 366;

    private static final String BLOCKS_IN_RANGE = "SELECT sku, location, channel, period_start, payload "
            + "FROM sales_block WHERE period_start BETWEEN ? AND ? ORDER BY sku, location, channel, period_start";
    private static final String BLOCKS_OF_SERIES = "SELECT period_start, payload FROM sales_block "
            + "WHERE sku = ? AND location = ? AND channel = ? AND period_start BETWEEN ? AND ? ORDER BY period_start";

    /** Sums a series' lines into buckets of {@code bucketDays} days from {@code firstDay}, ignoring the rest. */
    private static final class Buckets implements SalesBlockCodec.LineVisitor {
        final int firstDay;
        final int lastDay;
        final int bucketDays;
        double[] sold;
        double[] returned;
        double[] revenue;
        boolean[] promoted;
        boolean any;

        Buckets(int firstDay, int lastDay, int bucketDays) {
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.bucketDays = bucketDays;
            reset();
        }

        void reset() {
            int buckets = (lastDay - firstDay + 1) / bucketDays;
            sold = new double[buckets];
            returned = new double[buckets];
            revenue = new double[buckets];
            promoted = new boolean[buckets];
            any = false;
        }

        @Override
        public void line(int epochDay, boolean isReturn, double quantity, double amount, String promoCode) {
            if (epochDay < firstDay || epochDay > lastDay) return;
            int bucket = (epochDay - firstDay) / bucketDays;
            any = true;
            if (isReturn) {
                returned[bucket] += quantity;
            } else {
                sold[bucket] += quantity;
                revenue[bucket] += amount;
                if (promoCode != null) promoted[bucket] = true;
            }
        }
    }

    static void forEachWeeklySeries(
            Connection connection, LocalDate fromMonday, LocalDate toSunday, Consumer<WeeklySeries> consumer)
            throws SQLException {
        if (fromMonday.getDayOfWeek() != DayOfWeek.MONDAY || toSunday.getDayOfWeek() != DayOfWeek.SUNDAY
                || toSunday.isBefore(fromMonday)) {
            throw new IllegalArgumentException("Weekly history must run from a Monday to a later Sunday, not from "
                    + fromMonday + " (" + fromMonday.getDayOfWeek() + ") to " + toSunday + " ("
                    + toSunday.getDayOfWeek() + "). Maybe round the window to whole ISO weeks.");
        }
        requireWindow(fromMonday, toSunday, "Weekly history");
        Buckets weeks = new Buckets((int) fromMonday.toEpochDay(), (int) toSunday.toEpochDay(), 7);
        lazily(connection, true);
        try (PreparedStatement select = connection.prepareStatement(BLOCKS_IN_RANGE)) {
            select.setObject(1, Quarters.start(fromMonday));
            select.setObject(2, toSunday);
            try (ResultSet rows = select.executeQuery()) {
                String sku = null;
                String location = null;
                String channel = null;
                while (rows.next()) {
                    String rowSku = rows.getString(1);
                    String rowLocation = rows.getString(2);
                    String rowChannel = rows.getString(3);
                    if (!rowSku.equals(sku) || !rowLocation.equals(location) || !rowChannel.equals(channel)) {
                        if (weeks.any) emit(weeks, sku, location, channel, fromMonday, consumer);
                        ProgressListener.checkCancelled();
                        sku = rowSku;
                        location = rowLocation;
                        channel = rowChannel;
                    }
                    SalesBlockCodec.decode(rows.getBytes(5), (int) Jdbc.date(rows, 4).toEpochDay(), weeks);
                }
                if (weeks.any) emit(weeks, sku, location, channel, fromMonday, consumer);
            }
        } finally {
            lazily(connection, false);
        }
    }

    private static void requireWindow(LocalDate from, LocalDate to, String what) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        if (days > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException(what + " from " + from + " to " + to + " spans " + days
                    + " days; at most " + MAX_WINDOW_DAYS + " can be read at once. Maybe a date is mistyped.");
        }
    }

    /** Lines are never dated outside the int range, so an open-ended bound such as LocalDate.MIN clamps safely. */
    private static int clampedEpochDay(LocalDate date) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, date.toEpochDay()));
    }

    private static void emit(Buckets weeks, String sku, String location, String channel, LocalDate firstMonday,
            Consumer<WeeklySeries> consumer) {
        WeeklySeries series = new WeeklySeries(new SeriesKey(sku, location, channel), firstMonday, weeks.sold,
                weeks.returned, weeks.revenue, weeks.promoted);
        weeks.reset();
        consumer.accept(series);
    }

    static DailySeries dailySeries(Connection connection, SeriesKey key, LocalDate from, LocalDate to)
            throws SQLException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Daily history of " + key + " cannot end (" + to + ") before it starts ("
                    + from + "). Maybe the dates are swapped.");
        }
        requireWindow(from, to, "Daily history of " + key);
        Buckets days = new Buckets((int) from.toEpochDay(), (int) to.toEpochDay(), 1);
        forEachBlockOf(connection, key, from, to, days);
        return new DailySeries(key, from, days.sold, days.returned, days.revenue, days.promoted);
    }

    static List<SalesLine> salesLines(Connection connection, SeriesKey key, LocalDate from, LocalDate to)
            throws SQLException {
        List<SalesLine> lines = new ArrayList<>();
        int first = clampedEpochDay(from);
        int last = clampedEpochDay(to);
        forEachBlockOf(connection, key, from, to, (day, isReturn, quantity, amount, promo) -> {
            if (day >= first && day <= last) {
                lines.add(new SalesLine(LocalDate.ofEpochDay(day), key.sku(), key.location(), key.channel(),
                        isReturn ? SalesKind.RETURN : SalesKind.SALE, quantity, amount, promo));
            }
        });
        return lines;
    }

    private static void forEachBlockOf(Connection connection, SeriesKey key, LocalDate from, LocalDate to,
            SalesBlockCodec.LineVisitor visitor) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BLOCKS_OF_SERIES)) {
            select.setString(1, key.sku());
            select.setString(2, key.location());
            select.setString(3, key.channel());
            select.setObject(4, Quarters.start(from));
            select.setObject(5, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    SalesBlockCodec.decode(rows.getBytes(2), (int) Jdbc.date(rows, 1).toEpochDay(), visitor);
                }
            }
        }
    }

    /** Every line dated from {@code from} to {@code to}, series by series in key order, each by date. */
    static void forEachSalesLine(Connection connection, LocalDate from, LocalDate to, Consumer<SalesLine> consumer)
            throws SQLException {
        int first = clampedEpochDay(from);
        int last = clampedEpochDay(to);
        lazily(connection, true);
        try (PreparedStatement select = connection.prepareStatement(BLOCKS_IN_RANGE)) {
            select.setObject(1, Quarters.start(from));
            select.setObject(2, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String sku = rows.getString(1);
                    String location = rows.getString(2);
                    String channel = rows.getString(3);
                    ProgressListener.checkCancelled();
                    SalesBlockCodec.decode(rows.getBytes(5), (int) Jdbc.date(rows, 4).toEpochDay(),
                            (day, isReturn, quantity, amount, promo) -> {
                                if (day >= first && day <= last) {
                                    consumer.accept(new SalesLine(LocalDate.ofEpochDay(day), sku, location, channel,
                                            isReturn ? SalesKind.RETURN : SalesKind.SALE, quantity, amount, promo));
                                }
                            });
                }
            }
        } finally {
            lazily(connection, false);
        }
    }

    /** Streams big results row by row instead of materialising them first. */
    private static void lazily(Connection connection, boolean lazy) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
        }
    }
}
