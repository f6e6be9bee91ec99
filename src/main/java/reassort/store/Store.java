package reassort.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import reassort.domain.Channel;
import reassort.domain.DailySeries;
import reassort.domain.Dataset;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.domain.Require;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;
import reassort.domain.WeeklySeries;

/**
 * The planner's data: an embedded H2 database in one directory ({@code reassort.mv.db}), opened by one process
 * at a time, its schema migrated on open. Thread-safe: each call borrows its own connection.
 *
 * <p>Writes of imported data go through {@link #beginImport}, one import at a time, all or nothing.
 */
public final class Store implements AutoCloseable {
    /** How many issues of one import the store keeps (the run records how many there were in all). */
    public static final int KEPT_ISSUES = 1000;
    /** How many forecast runs the store keeps; committing a new one drops the oldest beyond these. */
    public static final int KEPT_FORECAST_RUNS = 5;
    /** From how many proposals a batch change reads them all in one scan rather than one by one. */

    private final Database database;
    private final Clock clock;
    private final String actor = System.getProperty("user.name", "planner");
    private final Semaphore importPermit = new Semaphore(1);
    private volatile ImportWriter currentImport;
    private volatile boolean closed;

    private Store(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Opens (creating and migrating if need be) the store in {@code directory}. */
    public static Store open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    public static Store open(Path directory, Clock clock) {
        return new Store(Database.open(directory), clock);
    }

    /** A new, empty store that lives in memory until closed (each call gives a separate one). */
    public static Store inMemory() {
        return inMemory(Clock.systemUTC());
    }

    public static Store inMemory(Clock clock) {
        return new Store(Database.inMemory(), clock);
    }

    /**
     * The planner's own store: {@code $XDG_DATA_HOME/reassort} or {@code ~/.local/share/reassort} on Linux,
     * {@code %LOCALAPPDATA%\Reassort} on Windows, {@code ~/Library/Application Support/Reassort} on macOS.
     */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultDirectory(String osName, Map<String, String> environment, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path base = isAbsolute(localAppData) ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Reassort");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Reassort");
        }
        String dataHome = environment.get("XDG_DATA_HOME");
        Path base = isAbsolute(dataHome) ? Path.of(dataHome) : Path.of(userHome, ".local", "share");
        return base.resolve("reassort");
    }

    private static boolean isAbsolute(String path) {
        // The XDG spec says relative values are invalid and must be ignored.
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }

    /** The store's directory, or null for a store in memory. */
    public Path directory() {
        return database.directory();
    }

    // ---- channels ------------------------------------------------------------------------------------------

    /** The configured channels in display order. */
    public List<Channel> channels() {
        return read("read the channels", c -> Jdbc.list(c,
                "SELECT " + MasterData.CHANNEL_COLUMNS + " FROM channel ORDER BY position, code", MasterData::channel));
    }

    /** Adds a channel at the end of the list, or renames / re-kinds an existing one in place. */
    public void saveChannel(Channel channel) {
        write("save channel " + channel.code(), c -> Jdbc.update(c, "MERGE INTO channel (code, label, kind, position) "
                + "KEY (code) VALUES (?, ?, ?, COALESCE((SELECT position FROM channel WHERE code = ?), "
                + "(SELECT COALESCE(MAX(position), 0) + 1 FROM channel)))",
                channel.code(), channel.label(), channel.kind().name(), channel.code()));
    }

    /** Removes a channel from the list; its sales stay in the store. Returns whether it was there. */
    public boolean removeChannel(String code) {
        return write("remove channel " + code,
                c -> Jdbc.update(c, "DELETE FROM channel WHERE code = ?", code.strip().toUpperCase(Locale.ROOT)) > 0);
    }

    // ---- master data -----------------------------------------------------------------------------------------

    public List<Product> products() {
        return read("read the products", c -> Jdbc.list(c,
                "SELECT " + MasterData.PRODUCT_COLUMNS + " FROM product ORDER BY sku", MasterData::product));
    }

    public Optional<Product> product(String sku) {
        return read("read product " + sku, c -> Jdbc.list(c,
                "SELECT " + MasterData.PRODUCT_COLUMNS + " FROM product WHERE sku = ?", MasterData::product, sku))
                .stream().findFirst();
    }

    public List<Location> locations() {
        return read("read the locations", c -> Jdbc.list(c,
                "SELECT " + MasterData.LOCATION_COLUMNS + " FROM location ORDER BY code", MasterData::location));
    }

    public List<Supplier> suppliers() {
        return read("read the suppliers", c -> Jdbc.list(c,
                "SELECT " + MasterData.SUPPLIER_COLUMNS + " FROM supplier ORDER BY code", MasterData::supplier));
    }

    /** SKUs of the product master data, for cheap checks of imported lines. */
    public Set<String> knownSkus() {
        return codes("SELECT sku FROM product", "read the SKUs");
    }

    public Set<String> knownLocations() {
        return codes("SELECT code FROM location", "read the location codes");
    }

    public Set<String> knownChannels() {
        return codes("SELECT code FROM channel", "read the channel codes");
    }

    public Set<String> knownSuppliers() {
        return codes("SELECT code FROM supplier", "read the supplier codes");
    }

    private Set<String> codes(String sql, String what) {
        return read(what, c -> new HashSet<>(Jdbc.list(c, sql, row -> row.getString(1))));
    }

    // ---- stock, orders, promotions ---------------------------------------------------------------------------

    /** The latest snapshot of every SKU × location (each pair at its own latest date), by SKU then location. */
    public List<StockPosition> latestStock() {
        // One pass in key order keeping each pair's last date: a MAX subquery per row cost a lookup per row
        // (100k positions: seconds instead of a fraction of one).
        return read("read the stock positions", c -> {
            List<StockPosition> latest = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + MasterData.STOCK_COLUMNS
                    + " FROM stock_position ORDER BY sku, location, as_of");
                    ResultSet rows = select.executeQuery()) {
                StockPosition last = null;
                while (rows.next()) {
                    StockPosition position = MasterData.stock(rows);
                    if (last != null && !(last.sku().equals(position.sku()) && last.location().equals(position.location()))) {
                        latest.add(last);
                    }
                    last = position;
                }
                if (last != null) latest.add(last);
            }
            return latest;
        });
    }

    /** The last snapshot on or before {@code date} of every SKU × location, by SKU then location. */
    public List<StockPosition> stockAsOf(LocalDate date) {
        return read("read the stock positions of " + date, c -> Jdbc.list(c, "SELECT " + MasterData.STOCK_COLUMNS
                + " FROM stock_position s WHERE as_of = (SELECT MAX(as_of) FROM stock_position l "
                + "WHERE l.sku = s.sku AND l.location = s.location AND l.as_of <= ?) ORDER BY sku, location",
                MasterData::stock, date));
    }

    /** The snapshots taken on exactly {@code date}, by SKU then location. */
    public List<StockPosition> stockSnapshot(LocalDate date) {
        return read("read the stock snapshot of " + date, c -> Jdbc.list(c, "SELECT " + MasterData.STOCK_COLUMNS
                + " FROM stock_position WHERE as_of = ? ORDER BY sku, location", MasterData::stock, date));
    }

    /**
     * The snapshots from {@code from} to {@code to} showing nothing on hand, in no particular order. One pass over
     * the table: through the by-date index every row would be a lookup, for the few percent that are empty.
     */
    public List<StockPosition> emptyStockPositions(LocalDate from, LocalDate to) {
        return read("read the stockouts from " + from + " to " + to, c -> Jdbc.list(c, "SELECT "
                + MasterData.STOCK_COLUMNS + " FROM stock_position USE INDEX () WHERE as_of BETWEEN ? AND ? "
                + "AND on_hand <= 0", MasterData::stock, from, to));
    }

    /** Every snapshot of one SKU at one location, oldest first. */
    public List<StockPosition> stockHistory(String sku, String location) {
        return read("read the stock history of " + sku + " at " + location, c -> Jdbc.list(c, "SELECT "
                + MasterData.STOCK_COLUMNS + " FROM stock_position WHERE sku = ? AND location = ? ORDER BY as_of",
                MasterData::stock, sku, location));
    }

    /** The snapshot dates held, oldest first. */
    public List<LocalDate> stockDates() {
        return read("read the stock dates", c -> Jdbc.list(c,
                "SELECT DISTINCT as_of FROM stock_position ORDER BY as_of", row -> Jdbc.date(row, 1)));
    }

    /** Open purchase-order lines by expected date, then order, SKU and location. */
    public List<PurchaseOrderLine> purchaseOrders() {
        return read("read the purchase orders", c -> Jdbc.list(c, "SELECT " + MasterData.ORDER_COLUMNS
                + " FROM purchase_order_line ORDER BY expected_date, order_id, sku, location", MasterData::order));
    }

    /** The promotion calendar by start date, then code. */
    public List<Promotion> promotions() {
        return read("read the promotions", c -> {
            Map<String, Set<String>> channels = new HashMap<>();
            for (String[] row : Jdbc.list(c, "SELECT promotion_code, channel FROM promotion_channel",
                    r -> new String[] {r.getString(1), r.getString(2)})) {
                channels.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(row[1]);
            }
            return Jdbc.list(c, "SELECT " + MasterData.PROMOTION_COLUMNS + " FROM promotion ORDER BY start_date, code",
                    row -> new Promotion(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            channels.getOrDefault(row.getString(1), Set.of()), row.getString(5), Jdbc.date(row, 6),
                            Jdbc.date(row, 7), row.getDouble(8), MasterData.mechanic(row.getString(9))));
        });
    }

    // ---- sales -----------------------------------------------------------------------------------------------

    /**
     * Streams the weekly history of every series with at least one line between {@code fromMonday} and
     * {@code toSunday}, one series at a time in {@link SeriesKey} order (SKU, location, channel), each with one
     * week per ISO week of the window. Stops with a CancelledException when the thread is interrupted.
     */
    public void forEachWeeklySeries(LocalDate fromMonday, LocalDate toSunday, Consumer<WeeklySeries> consumer) {
        stream("read the weekly sales history", c -> {
            SalesReader.forEachWeeklySeries(c, fromMonday, toSunday, consumer);
            return null;
        });
    }

    /** One series day by day from {@code from} to {@code to} (zero on days without lines). */
    public DailySeries dailySeries(SeriesKey key, LocalDate from, LocalDate to) {
        return read("read the daily history of " + key, c -> SalesReader.dailySeries(c, key, from, to));
    }

    /** The stored lines of one series from {@code from} to {@code to}, by date (file order within a day). */
    public List<SalesLine> salesLines(SeriesKey key, LocalDate from, LocalDate to) {
        return read("read the sales of " + key, c -> SalesReader.salesLines(c, key, from, to));
    }

    /** Every stored line from {@code from} to {@code to}, series by series in key order, each by date. */
    public void forEachSalesLine(LocalDate from, LocalDate to, Consumer<SalesLine> consumer) {
        stream("read the sales lines", c -> {
            SalesReader.forEachSalesLine(c, from, to, consumer);
            return null;
        });
    }

    /** The series that have sales or returns, in key order. */
    public List<SeriesKey> seriesKeys() {
        return read("read the sales series", c -> Jdbc.list(c, "SELECT DISTINCT sku, location, channel "
                + "FROM sales_block ORDER BY sku, location, channel",
                row -> new SeriesKey(row.getString(1), row.getString(2), row.getString(3))));
    }

    // ---- forecasts -------------------------------------------------------------------------------------------

    /**
     * Starts saving a forecast run of {@code horizon} weeks from the week of {@code firstWeek} (a Monday). Use
     * try-with-resources: closing without a commit leaves the store as it was.
     */
    public ForecastRunWriter beginForecastRun(int horizon, LocalDate firstWeek) {
        ensureOpen();
        if (horizon < 1) throw new IllegalArgumentException("Forecast horizon (" + horizon + ") must be at least 1 week.");
        Require.present(firstWeek, "First forecast week");
        if (firstWeek.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("First forecast week " + firstWeek + " is a " + firstWeek.getDayOfWeek()
                    + ". Maybe pass the Monday of its ISO week.");
        }
        return new ForecastRunWriter(database, clock, horizon, firstWeek);
    }

    /** The kept forecast runs, newest first. */
    public List<ForecastRun> forecastRuns() {
        return read("read the forecast runs", c -> Jdbc.list(c, "SELECT " + ForecastRows.RUN_COLUMNS
                + " FROM forecast_run ORDER BY id DESC", ForecastRows::run));
    }

    public Optional<ForecastRun> latestForecastRun() {
        return read("read the latest forecast run", c -> Jdbc.list(c, "SELECT " + ForecastRows.RUN_COLUMNS
                + " FROM forecast_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", ForecastRows::run)).stream().findFirst();
    }

    /** The forecast of one series in the latest run, if that run has the series. */
    public Optional<SeriesForecast> latestForecast(SeriesKey key) {
        return read("read the forecast of " + key, c -> Jdbc.list(c, "SELECT " + ForecastRows.SERIES_COLUMNS
                + " FROM series_forecast WHERE run_id = (SELECT MAX(id) FROM forecast_run) AND sku = ? "
                + "AND location = ? AND channel = ?", ForecastRows::series, key.sku(), key.location(), key.channel()))
                .stream().findFirst();
    }

    /** The forecast of one series in one run, if the run has it. */
    public Optional<SeriesForecast> forecast(long runId, SeriesKey key) {
        return read("read the forecast of " + key + " in run " + runId, c -> Jdbc.list(c, "SELECT "
                + ForecastRows.SERIES_COLUMNS + " FROM series_forecast WHERE run_id = ? AND sku = ? AND location = ? "
                + "AND channel = ?", ForecastRows::series, runId, key.sku(), key.location(), key.channel()))
                .stream().findFirst();
    }

    /** The returns estimates of one run: channels as a whole first, then series, each by channel and key. */
    public List<ReturnsEstimate> returnsEstimates(long runId) {
        return read("read the returns of forecast run " + runId, c -> Jdbc.list(c, "SELECT channel, sku, location, "
                + "sold_units, returned_units, return_rate, mean_delay_weeks, delay_weights FROM forecast_returns "
                + "WHERE run_id = ? ORDER BY CASE WHEN sku = '' THEN 0 ELSE 1 END, channel, sku, location",
                row -> new ReturnsEstimate(row.getString(1), row.getString(2), row.getString(3), row.getDouble(4),
                        row.getDouble(5), row.getDouble(6), ForecastRows.getDouble(row, 7),
                        ForecastRows.decode(row.getBytes(8))), runId));
    }

    /** The pooled promotion uplifts of one run, by channel and category. */
    public List<PromotionUplift> promotionUplifts(long runId) {
        return read("read the promotion uplifts of forecast run " + runId, c -> Jdbc.list(c, "SELECT channel, "
                + "category, series_count, promoted_weeks, promoted_sales, baseline_sales FROM forecast_uplift "
                + "WHERE run_id = ? ORDER BY channel, category",
                row -> new PromotionUplift(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4),
                        row.getDouble(5), row.getDouble(6)), runId));
    }

    /** Every series forecast of one run in key order, streamed. */
    public void forEachSeriesForecast(long runId, Consumer<SeriesForecast> consumer) {
        stream("read the series of forecast run " + runId, c -> {
            try (PreparedStatement select = Jdbc.prepare(c, "SELECT " + ForecastRows.SERIES_COLUMNS
                    // run_id leads the order, or H2 does not see that the key gives it and sorts every row first
                    + " FROM series_forecast WHERE run_id = ? ORDER BY run_id, sku, location, channel", runId)) {
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ProgressListener.checkCancelled();
                        consumer.accept(ForecastRows.series(rows));
                    }
                }
            }
            return null;
        });
    }

    /**
     * The series of forecast run {@code runId} of the given SKUs, in SKU, location, channel order: one range of the
     * run's primary key per SKU, so a scenario touching part of the plan decodes only that part.
     */
    public void forEachSeriesForecast(long runId, java.util.SortedSet<String> skus, Consumer<SeriesForecast> consumer) {
        stream("read the series of forecast run " + runId, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ForecastRows.SERIES_COLUMNS
                    + " FROM series_forecast WHERE run_id = ? AND sku = ? ORDER BY location, channel")) {
                select.setLong(1, runId);
                for (String sku : skus) {
                    ProgressListener.checkCancelled();
                    select.setString(2, sku);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) consumer.accept(ForecastRows.series(rows));
                    }
                }
            }
            return null;
        });
    }

    /** Saves a new planner override and returns it with its id and time. */
    public PlannerOverride saveOverride(PlannerOverride override) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(
                java.time.temporal.ChronoUnit.MICROS);
        long id = write("save the override of " + override.key(), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO forecast_override (sku, location, "
                    + "channel, from_week, to_week, kind, amount, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"ID"})) {
                insert.setString(1, override.key().sku());
                insert.setString(2, override.key().location());
                insert.setString(3, override.key().channel());
                insert.setObject(4, override.fromWeek());
                insert.setObject(5, override.toWeek());
                insert.setString(6, override.kind().name());
                insert.setDouble(7, override.amount());
                insert.setString(8, override.reason());
                insert.setObject(9, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new PlannerOverride(id, override.key(), override.fromWeek(), override.toWeek(), override.kind(),
                override.amount(), override.reason(), now.toInstant());
    }

    /** Every planner override, by series then id (the order they apply in). */
    public List<PlannerOverride> overrides() {
        return read("read the forecast overrides", c -> Jdbc.list(c, "SELECT " + ForecastRows.OVERRIDE_COLUMNS
                + " FROM forecast_override ORDER BY sku, location, channel, id", ForecastRows::override));
    }

    /** The overrides of one series in the order they were saved (the order they apply in). */
    public List<PlannerOverride> overrides(SeriesKey key) {
        return read("read the overrides of " + key, c -> Jdbc.list(c, "SELECT " + ForecastRows.OVERRIDE_COLUMNS
                + " FROM forecast_override WHERE sku = ? AND location = ? AND channel = ? ORDER BY id",
                ForecastRows::override, key.sku(), key.location(), key.channel()));
    }

    /** Removes an override; returns whether it was there. */
    public boolean removeOverride(long id) {
        return write("remove override " + id, c -> Jdbc.update(c, "DELETE FROM forecast_override WHERE id = ?", id) > 0);
    }

    // ---- replenishment plans ---------------------------------------------------------------------------------

    /**
     * Starts saving a plan run made from forecast run {@code forecastRunId} on {@code asOf}. Use
     * try-with-resources: closing without a commit leaves the store as it was.
     */
    public PlanRunWriter beginPlanRun(long forecastRunId, LocalDate asOf) {
        ensureOpen();
        Require.present(asOf, "Planning day");
        return new PlanRunWriter(database, clock, forecastRunId, asOf);
    }

    public Optional<PlanRun> latestPlanRun() {
        return read("read the latest plan run", c -> Jdbc.list(c, "SELECT " + PlanRows.RUN_COLUMNS
                + " FROM plan_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", PlanRows::run)).stream().findFirst();
    }

    /** Every current proposal, by SKU then location. */
    public List<StoredProposal> proposals() {
        return read("read the proposals", c -> Jdbc.list(c, PlanRows.PROPOSAL_SELECT
                + " ORDER BY p.sku, p.location", PlanRows::proposal));
    }

    /**
     * The current proposals of these SKUs without their explanation text, by SKU then location: one range of the
     * primary key per SKU.
     */
    public List<StoredProposal> proposalsWithoutText(java.util.SortedSet<String> skus) {
        return read("read the proposals of " + skus.size() + " SKU(s)", c -> {
            List<StoredProposal> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(PlanRows.PROPOSAL_SELECT_NO_TEXT
                    + " WHERE p.sku = ? ORDER BY p.location")) {
                for (String sku : skus) {
                    ProgressListener.checkCancelled();
                    select.setString(1, sku);
                    try (ResultSet r = select.executeQuery()) {
                        while (r.next()) rows.add(PlanRows.proposal(r));
                    }
                }
            }
            return rows;
        });
    }

    /**
     * Every current proposal as the grid lists it (no explanation text), by SKU then location. One scan of the
     * proposal table in storage order (the primary-key order would look up every row through the index), on a
     * session of its own, products from a map read once; sorted here when the scan was not already in key order.
     */
    public List<ProposalRow> proposalRows() {
        return readAlone("read the proposal rows", c -> {
            Map<String, PlanRows.ProductFields> products = new HashMap<>();
            try (Statement statement = c.createStatement()) {
                statement.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            for (PlanRows.ProductFields p : Jdbc.list(c, PlanRows.PRODUCT_FIELDS, r -> new PlanRows.ProductFields(
                    r.getString(1), r.getString(2), r.getString(3), r.getInt(4)))) {
                products.put(p.sku(), p);
            }
            Map<Long, PlanRows.ChannelSets> channels = new HashMap<>();
            Map<Long, PlanRows.ChannelSets> byForecastRun = new HashMap<>();
            for (long planRun : Jdbc.list(c, PlanRows.PROPOSAL_PLAN_RUNS, r -> r.getLong(1))) {
                for (long forecastRun : Jdbc.list(c, PlanRows.FORECAST_RUN_OF_PLAN, r -> r.getLong(1), planRun)) {
                    PlanRows.ChannelSets sets = byForecastRun.get(forecastRun);
                    if (sets == null) {
                        sets = PlanRows.ChannelSets.read(c, forecastRun);
                        byForecastRun.put(forecastRun, sets);
                    }
                    channels.put(planRun, sets);
                }
            }
            PlanRows.GridReader reader = new PlanRows.GridReader(products, channels);
            List<ProposalRow> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(PlanRows.GRID_SELECT)) {
                select.setFetchSize(10_000);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) rows.add(reader.row(r));
                }
            }
            return PlanRows.inKeyOrder(rows);
        });
    }

    /** The grid rows of these proposals as they are now, in the keys' order; unknown keys are left out. */
    public List<ProposalRow> proposalRows(List<ProposalKey> keys) {
        if (keys.isEmpty()) return List.of();
        return read("read " + keys.size() + " proposal row(s)", c -> {
            List<ProposalRow> rows = new ArrayList<>(keys.size());
            try (PreparedStatement select = c.prepareStatement(PlanRows.ROW_SELECT
                    + " WHERE p.sku = ? AND p.location = ?")) {
                for (ProposalKey key : keys) {
                    select.setString(1, key.sku());
                    select.setString(2, key.location());
                    try (ResultSet r = select.executeQuery()) {
                        if (r.next()) rows.add(PlanRows.row(r));
                    }
                }
            }
            return rows;
        });
    }

    /** The explanation of one proposal as stored (its steps, or the text of older runs), if there is such a proposal. */
    public Optional<StoredExplanation> proposalExplanation(String sku, String location) {
        return read("read the explanation of " + sku + " at " + location, c -> Jdbc.list(c,
                "SELECT explanation, steps FROM proposal_explanation WHERE sku = ? AND location = ?",
                r -> {
                    byte[] steps = r.getBytes(2);
                    return steps != null ? new StoredExplanation(null, steps)
                            : new StoredExplanation(ExplanationCodec.decode(r.getString(1)), null);
                }, sku, location))
                .stream().findFirst();
    }

    /**
     * Every current proposal streamed by SKU then location, one at a time (the explanation texts of a large plan
     * need not fit in memory together). Stops with a CancelledException when the thread is interrupted.
     */
    public void forEachProposal(Consumer<StoredProposal> consumer) {
        stream("read the proposals", c -> {
            try (PreparedStatement select = c.prepareStatement(PlanRows.PROPOSAL_SELECT
                    + " ORDER BY p.sku, p.location")) {
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ProgressListener.checkCancelled();
                        consumer.accept(PlanRows.proposal(rows));
                    }
                }
            }
            return null;
        });
    }

    public Optional<StoredProposal> proposal(String sku, String location) {
        return read("read the proposal of " + sku + " at " + location, c -> Jdbc.list(c, PlanRows.PROPOSAL_SELECT
                + " WHERE p.sku = ? AND p.location = ?", PlanRows::proposal,
                sku, location)).stream().findFirst();
    }

    /**
     * Records a planner's edit of a proposal (status EDITED) and its audit entry; a recomputation keeps it.
     * {@code quantity} NaN and {@code orderDate} null keep what the proposal has now.
     *
     * @throws IllegalArgumentException when there is no such proposal, the quantity is negative or no reason is given
     */
    public StoredProposal editProposal(String sku, String location, double quantity, LocalDate orderDate, String reason) {
        editProposals(List.of(ProposalEdit.of(sku, location, quantity, orderDate, reason)));
        return proposal(sku, location).orElseThrow(() -> noProposal(sku, location));
    }

    /**
     * Records planners' edits of many proposals, each with its audit entry, all or nothing: an unknown proposal
     * leaves every one as it was.
     *
     * @return how many proposals were edited
     */
    public int editProposals(List<ProposalEdit> edits) {
        return editProposals(edits, "EDIT");
    }

    /**
     * As {@link #editProposals(List)}, audited under {@code action} instead of EDIT: PROMOTE for a promoted
     * scenario, REIMPORT for edits made in an exported review file and read back.
     */
    public int editProposals(List<ProposalEdit> edits, String action) {
        Require.present(action, "Audit action");
        if (edits.isEmpty()) return 0;
        OffsetDateTime now = nowUtc();
        return write("edit " + edits.size() + " proposal(s)", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE proposal SET status = 'EDITED', "
                    + "edited_quantity = ?, edited_order_date = ?, edit_reason = ?, edited_at = ? "
                    + "WHERE sku = ? AND location = ?");
                    AuditRows.Batch audit = new AuditRows.Batch(c, now.toInstant(), actor)) {
                for (ProposalEdit edit : edits) {
                    ProposalKey key = edit.key();
                    StoredProposal before = currentProposal(c, key);
                    double quantity = Double.isNaN(edit.quantity()) ? before.editedQuantity() : edit.quantity();
                    LocalDate orderDate = edit.orderDate() == null ? before.editedOrderDate() : edit.orderDate();
                    if (Double.isNaN(quantity) && orderDate == null) {
                        throw new IllegalArgumentException("The edit of SKU " + key.sku() + " at " + key.location()
                                + " changes nothing. Maybe give a quantity or an order date.");
                    }
                    update.setObject(1, Double.isNaN(quantity) ? null : quantity);
                    update.setObject(2, orderDate);
                    update.setString(3, edit.reason());
                    update.setObject(4, now);
                    update.setString(5, key.sku());
                    update.setString(6, key.location());
                    update.addBatch();
                    audit.add(AuditEntry.ORDER, key.sku(), key.location(), "", action, describe(before),
                            AuditRows.describe(Double.isNaN(quantity) ? before.quantity() : quantity,
                                    orderDate == null ? before.orderDate() : orderDate, ProposalStatus.EDITED),
                            edit.reason());
                }
                update.executeBatch();
                audit.flush();
                return edits.size();
            }
        });
    }

    /** Sets the status of a proposal (approving keeps an edit; PROPOSED drops it), with its audit entry. */
    public StoredProposal setProposalStatus(String sku, String location, ProposalStatus status) {
        ProposalKey key = new ProposalKey(sku, location);
        if (status == ProposalStatus.EXPORTED) markExported(List.of(key), "");
        else setProposalStatuses(List.of(key), status, null);
        return proposal(sku, location).orElseThrow(() -> noProposal(sku, location));
    }

    /**
     * Approves, rejects or resets (PROPOSED, dropping the planner's edit) proposals, all or nothing, each with its
     * audit entry. {@code reason} may be null; given with a rejection, it also becomes the proposal's reason (as an
     * edit's does), which undo puts back like the rest of the planner's part.
     */
    public int setProposalStatuses(List<ProposalKey> keys, ProposalStatus status, String reason) {
        Require.present(status, "Proposal status");
        if (status == ProposalStatus.EDITED || status == ProposalStatus.EXPORTED) {
            throw new IllegalArgumentException("A proposal becomes " + status + " by "
                    + (status == ProposalStatus.EDITED ? "an edit" : "an export") + ", not by setting its status. "
                    + "Maybe use editProposals or markExported.");
        }
        if (keys.isEmpty()) return 0;
        String action = switch (status) {
            case APPROVED -> "APPROVE";
            case REJECTED -> "REJECT";
            default -> "RESET";
        };
        // a rejection's reason becomes the proposal's reason (the grid's reason column): nothing is ordered, and the
        // reason says why. An approval's stays in the audit trail only, so that a later change of the quantity (in a
        // review file, say) is not taken as explained by it.
        boolean setsReason = status == ProposalStatus.REJECTED && reason != null && !reason.isBlank();
        String sql = status == ProposalStatus.PROPOSED
                ? "UPDATE proposal SET status = ?, edited_quantity = NULL, edited_order_date = NULL, edit_reason = NULL, "
                        + "edited_at = NULL WHERE sku = ? AND location = ?"
                : setsReason ? "UPDATE proposal SET status = ?, edit_reason = ? WHERE sku = ? AND location = ?"
                : "UPDATE proposal SET status = ? WHERE sku = ? AND location = ?";
        OffsetDateTime now = nowUtc();
        return write("set the status of " + keys.size() + " proposal(s) to " + status, c -> {
            try (PreparedStatement update = c.prepareStatement(sql);
                    AuditRows.Batch audit = new AuditRows.Batch(c, now.toInstant(), actor)) {
                for (ProposalKey key : keys) {
                    StoredProposal before = currentProposal(c, key);
                    int i = 1;
                    update.setString(i++, status.name());
                    if (setsReason) update.setString(i++, reason.strip());
                    update.setString(i++, key.sku());
                    update.setString(i, key.location());
                    update.addBatch();
                    double after = status == ProposalStatus.PROPOSED ? before.quantity() : before.effectiveQuantity();
                    LocalDate afterDate = status == ProposalStatus.PROPOSED ? before.orderDate() : before.effectiveOrderDate();
                    audit.add(AuditEntry.ORDER, key.sku(), key.location(), "", action, describe(before),
                            AuditRows.describe(after, afterDate, status), reason);
                }
                update.executeBatch();
                audit.flush();
                return keys.size();
            }
        });
    }

    /**
     * Marks proposals as sent out in {@code file} (status EXPORTED, with the file name and time), each with its
     * audit entry; the next recomputation starts a new cycle for them.
     */
    public int markExported(List<ProposalKey> keys, String file) {
        return markExported(Map.of(file == null ? "" : file, keys));
    }

    /**
     * Marks the proposals of every exported file (file name → the proposals it holds) EXPORTED with that file's name
     * and the time, each with its audit entry EXPORT, all in one transaction: an unknown proposal marks nothing.
     */
    public int markExported(Map<String, List<ProposalKey>> keysByFile) {
        try (PendingMarks marks = prepareMarkExported(keysByFile, () -> false)) {
            return marks.commit();
        }
    }

    /**
     * As {@link #markExported(Map)}, but the transaction stays open until {@link PendingMarks#commit}: an export
     * marks while it writes its files and commits once they are in place. {@code stopped} is asked between batches
     * of rows (a yes throws {@link reassort.domain.CancelledException} and marks nothing).
     */
    public PendingMarks prepareMarkExported(Map<String, List<ProposalKey>> keysByFile, BooleanSupplier stopped) {
        ensureOpen();
        return ExportMarks.prepare(database, ORDER_MARKS, "proposal", keysByFile,
                key -> new String[] {key.sku(), key.location()}, nowUtc(), actor, stopped);
    }

    private static final ExportMarks.Table ORDER_MARKS = new ExportMarks.Table("proposal", AuditEntry.ORDER,
            List.of("sku", "location"), "quantity, edited_quantity, order_date, edited_order_date, status", (r, i) -> {
                double edited = r.getDouble(i + 1);
                double quantity = r.wasNull() ? r.getDouble(i) : edited;
                LocalDate editedDate = Jdbc.date(r, i + 3);
                return AuditRows.describe(quantity, editedDate == null ? Jdbc.date(r, i + 2) : editedDate,
                        ProposalStatus.valueOf(r.getString(i + 4)));
            }, key -> noProposal(key[0], key[1]).getMessage());

    /**
     * Puts back the planner's part of proposals (status and edit) as it was — what undo and redo do — each with an
     * audit entry under {@code action} (e.g. UNDO, REDO), all or nothing.
     */
    public int restorePlannerStates(List<PlannerState> states, String action, String reason) {
        Require.present(action, "Audit action");
        if (states.isEmpty()) return 0;
        OffsetDateTime now = nowUtc();
        return write("restore " + states.size() + " proposal(s)", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE proposal SET status = ?, edited_quantity = ?, "
                    + "edited_order_date = ?, edit_reason = ?, edited_at = ? WHERE sku = ? AND location = ?");
                    AuditRows.Batch audit = new AuditRows.Batch(c, now.toInstant(), actor)) {
                for (PlannerState state : states) {
                    ProposalKey key = state.key();
                    StoredProposal before = currentProposal(c, key);
                    update.setString(1, state.status().name());
                    update.setObject(2, Double.isNaN(state.editedQuantity()) ? null : state.editedQuantity());
                    update.setObject(3, state.editedOrderDate());
                    update.setString(4, state.editReason());
                    update.setObject(5, state.editedAt() == null ? null
                            : OffsetDateTime.ofInstant(state.editedAt(), ZoneOffset.UTC));
                    update.setString(6, key.sku());
                    update.setString(7, key.location());
                    update.addBatch();
                    audit.add(AuditEntry.ORDER, key.sku(), key.location(), "", action, describe(before),
                            AuditRows.describe(Double.isNaN(state.editedQuantity()) ? before.quantity()
                                    : state.editedQuantity(), state.editedOrderDate() == null ? before.orderDate()
                                    : state.editedOrderDate(), state.status()), reason);
                }
                update.executeBatch();
                audit.flush();
                return states.size();
            }
        });
    }

    // ---- what-if scenarios ----------------------------------------------------------------------------------

    /** Every scenario by name, with its promotions. */
    public List<StoredScenario> scenarios() {
        return read("read the scenarios", c -> ScenarioRows.all(c, null));
    }

    public Optional<StoredScenario> scenario(long id) {
        return read("read scenario " + id, c -> ScenarioRows.one(c, id));
    }

    public Optional<StoredScenario> scenario(String name) {
        return scenarios().stream().filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /** Saves a new scenario; names are unique. */
    public StoredScenario createScenario(String name, List<ScenarioChange> changes) {
        String checked = ScenarioRows.checkedName(name);
        OffsetDateTime now = nowUtc();
        long id = write("create scenario " + checked, c -> {
            long created = ScenarioRows.insert(c, checked, now);
            ScenarioRows.replaceChanges(c, created, changes);
            return created;
        });
        return scenario(id).orElseThrow();
    }

    /** Replaces a scenario's promotions (and forgets its last run's summary, now out of date). */
    public StoredScenario updateScenario(long id, List<ScenarioChange> changes) {
        OffsetDateTime now = nowUtc();
        write("update scenario " + id, c -> {
            requireScenario(c, id);
            ScenarioRows.replaceChanges(c, id, changes);
            return Jdbc.update(c, "UPDATE scenario SET updated_at = ?, last_run_at = NULL, last_summary = NULL "
                    + "WHERE id = ?", now, id);
        });
        return scenario(id).orElseThrow();
    }

    public StoredScenario renameScenario(long id, String name) {
        String checked = ScenarioRows.checkedName(name);
        OffsetDateTime now = nowUtc();
        write("rename scenario " + id, c -> {
            requireScenario(c, id);
            ScenarioRows.checkNameFree(c, checked, id);
            return Jdbc.update(c, "UPDATE scenario SET name = ?, updated_at = ? WHERE id = ?", checked, now, id);
        });
        return scenario(id).orElseThrow();
    }

    /** A copy of scenario {@code id} under {@code name}, with the same promotions. */
    public StoredScenario duplicateScenario(long id, String name) {
        String checked = ScenarioRows.checkedName(name);
        OffsetDateTime now = nowUtc();
        long copy = write("duplicate scenario " + id, c -> {
            StoredScenario original = requireScenario(c, id);
            long created = ScenarioRows.insert(c, checked, now);
            ScenarioRows.replaceChanges(c, created, original.changes());
            return created;
        });
        return scenario(copy).orElseThrow();
    }

    /** Deletes a scenario and its promotions; false when there was none. */
    public boolean deleteScenario(long id) {
        return write("delete scenario " + id, c -> Jdbc.update(c, "DELETE FROM scenario WHERE id = ?", id) > 0);
    }

    /** Keeps the one-line summary of a scenario's latest run, for the list. */
    public void recordScenarioRun(long id, String summary) {
        OffsetDateTime now = nowUtc();
        write("record the run of scenario " + id, c -> Jdbc.update(c,
                "UPDATE scenario SET last_run_at = ?, last_summary = ? WHERE id = ?", now,
                summary == null ? null : summary.substring(0, Math.min(2000, summary.length())), id));
    }

    private static StoredScenario requireScenario(Connection c, long id) throws SQLException {
        return ScenarioRows.one(c, id).orElseThrow(() -> new IllegalArgumentException("There is no scenario " + id
                + ". Maybe it was deleted; list them with `reassort scenario list`."));
    }

    /** Where and when the proposal was last exported, if it was. */
    public Optional<ExportMark> exportMark(String sku, String location) {
        return read("read the export of " + sku + " at " + location, c -> Jdbc.list(c, "SELECT exported_file, "
                + "exported_at FROM proposal WHERE sku = ? AND location = ? AND exported_at IS NOT NULL",
                r -> new ExportMark(r.getString(1), r.getObject(2, OffsetDateTime.class).toInstant()), sku, location))
                .stream().findFirst();
    }

    /** The audit trail of one SKU × location (every subject), oldest first. */
    public List<AuditEntry> auditTrail(String sku, String location) {
        return read("read the audit trail of " + sku + " at " + location, c -> Jdbc.list(c, "SELECT "
                + AuditRows.COLUMNS + " FROM audit_entry WHERE sku = ? AND location = ? ORDER BY id",
                AuditRows::entry, sku, location));
    }

    /** The latest {@code limit} audit entries of the whole store, newest first. */
    public List<AuditEntry> recentAudit(int limit) {
        return read("read the audit trail", c -> Jdbc.list(c, "SELECT " + AuditRows.COLUMNS
                + " FROM audit_entry ORDER BY id DESC FETCH FIRST ? ROWS ONLY", AuditRows::entry, limit));
    }

    /**
     * Adds entries to the audit trail for a change made elsewhere in this store (allocations, transfers, forecast
     * overrides, promoted scenarios); each entry's id, time and actor are the store's.
     */
    public void recordAudit(List<AuditEntry> entries) {
        if (entries.isEmpty()) return;
        OffsetDateTime now = nowUtc();
        write("record " + entries.size() + " audit entries", c -> {
            try (AuditRows.Batch audit = new AuditRows.Batch(c, now.toInstant(), actor)) {
                for (AuditEntry e : entries) {
                    audit.add(e.subject(), e.sku(), e.location(), e.detail(), e.action(), e.oldValue(), e.newValue(),
                            e.reason());
                }
                audit.flush();
            }
            return null;
        });
    }

    /** Who the audit trail names for changes made through this store: the operating-system user. */
    public String actor() {
        return actor;
    }

    private static StoredProposal currentProposal(Connection c, ProposalKey key) throws SQLException {
        return Jdbc.list(c, PlanRows.PROPOSAL_SELECT + " WHERE p.sku = ? AND p.location = ?",
                PlanRows::proposal, key.sku(), key.location()).stream().findFirst()
                .orElseThrow(() -> noProposal(key.sku(), key.location()));
    }

    private static String describe(StoredProposal p) {
        return AuditRows.describe(p.effectiveQuantity(), p.effectiveOrderDate(), p.status());
    }

    private OffsetDateTime nowUtc() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static IllegalArgumentException noProposal(String sku, String location) {
        return new IllegalArgumentException("There is no proposal for SKU " + sku + " at " + location
                + ". Maybe run the plan first, or check the codes.");
    }

    // ---- allocation ----------------------------------------------------------------------------------------------

    /** Allocation rules, allocation runs, allocation and transfer proposals (schema 8), audited like proposals. */
    public AllocationStore allocations() {
        ensureOpen();
        return new AllocationStore(database, clock, actor);
    }

    // ---- column mappings -------------------------------------------------------------------------------------

    /** The mapping a planner confirmed for files of this shape, if any. */
    public Optional<String> rememberedMapping(String shapeKey) {
        return read("read the remembered column mapping", c -> Jdbc.list(c,
                "SELECT mapping_text FROM column_mapping WHERE shape_key = ?", row -> row.getString(1), shapeKey))
                .stream().findFirst();
    }

    public void rememberMapping(String shapeKey, String mappingText) {
        if (shapeKey == null || shapeKey.isBlank() || shapeKey.length() > 4000) {
            throw new IllegalArgumentException("A file shape key must have 1 to 4000 characters, not "
                    + (shapeKey == null ? "none" : shapeKey.length()) + ".");
        }
        if (mappingText == null) throw new IllegalArgumentException("Column mapping for " + shapeKey + " is missing.");
        write("remember the column mapping", c -> Jdbc.update(c, "MERGE INTO column_mapping (shape_key, mapping_text, "
                + "updated_at) KEY (shape_key) VALUES (?, ?, ?)", shapeKey, mappingText,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }

    // ---- imports ---------------------------------------------------------------------------------------------

    /**
     * Starts an import; only one runs at a time. Use try-with-resources: closing without a commit rolls back.
     *
     * @throws StoreException when another import into this store has not finished
     */
    public ImportWriter beginImport(String sourceName) {
        return beginImport(sourceName, ImportWriter.DEFAULT_SPILL_THRESHOLD);
    }

    /** An import that spills its sales lines to staging every {@code spillThreshold} lines (tests use tiny ones). */
    ImportWriter beginImport(String sourceName, int spillThreshold) {
        ensureOpen();
        if (!importPermit.tryAcquire()) {
            throw new StoreException("Another import into the store " + database.description() + " is still "
                    + "running. Wait for it to finish, then import " + sourceName + " again.");
        }
        ImportWriter writer = new ImportWriter(database, clock, sourceName, () -> {
            currentImport = null;
            importPermit.release();
        }, spillThreshold);
        currentImport = writer;
        return writer;
    }

    /** Committed imports, newest first. */
    public List<ImportRun> importRuns() {
        return read("read the import history", c -> importRuns(c, Integer.MAX_VALUE));
    }

    public Optional<ImportRun> lastImport() {
        return read("read the last import", c -> importRuns(c, 1)).stream().findFirst();
    }

    /** The issues kept for one import, in the order they were reported. */
    public List<ImportIssueRow> importIssues(long runId) {
        return read("read the issues of import " + runId, c -> Jdbc.list(c, "SELECT file_name, sheet, row_number, "
                + "column_name, cell_value, reason, severity FROM import_issue WHERE run_id = ? ORDER BY seq",
                row -> new ImportIssueRow(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                        row.getString(5), row.getString(6), IssueSeverity.valueOf(row.getString(7))), runId));
    }

    private static List<ImportRun> importRuns(Connection c, int limit) throws SQLException {
        Map<Long, Map<Dataset, DatasetCounts>> counts = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT n.run_id, n.dataset, n.inserted, n.replaced, "
                + "n.updated FROM import_run_count n WHERE n.run_id IN "
                + "(SELECT id FROM import_run ORDER BY id DESC FETCH FIRST ? ROWS ONLY)")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(rows.getLong(1), k -> new EnumMap<>(Dataset.class)).put(
                            Dataset.valueOf(rows.getString(2)),
                            new DatasetCounts(rows.getLong(3), rows.getLong(4), rows.getLong(5)));
                }
            }
        }
        return Jdbc.list(c, "SELECT id, source_name, started_at, finished_at, status, issue_count FROM import_run "
                + "ORDER BY id DESC FETCH FIRST ? ROWS ONLY",
                row -> new ImportRun(row.getLong(1), row.getString(2),
                        row.getObject(3, OffsetDateTime.class).toInstant(),
                        row.getObject(4, OffsetDateTime.class).toInstant(), row.getString(5),
                        counts.getOrDefault(row.getLong(1), Map.of()), row.getLong(6)),
                limit);
    }

    // ---- summary ---------------------------------------------------------------------------------------------

    public StoreSummary summary() {
        return read("summarise the store", c -> {
            Map<Dataset, Long> counts = new EnumMap<>(Dataset.class);
            counts.put(Dataset.PRODUCTS, Jdbc.count(c, "SELECT COUNT(*) FROM product"));
            counts.put(Dataset.LOCATIONS, Jdbc.count(c, "SELECT COUNT(*) FROM location"));
            counts.put(Dataset.SUPPLIERS, Jdbc.count(c, "SELECT COUNT(*) FROM supplier"));
            counts.put(Dataset.STOCK, Jdbc.count(c, "SELECT COUNT(*) FROM stock_position"));
            counts.put(Dataset.PURCHASE_ORDERS, Jdbc.count(c, "SELECT COUNT(*) FROM purchase_order_line"));
            counts.put(Dataset.PROMOTIONS, Jdbc.count(c, "SELECT COUNT(*) FROM promotion"));
            // Not one query over sales_block, which scanned every row with its payload: MIN and MAX alone are index
            // lookups, and imports keep the line count in sales_total (schema 14).
            counts.put(Dataset.SALES, Jdbc.count(c, "SELECT line_count FROM sales_total"));
            LocalDate first = Jdbc.list(c, "SELECT MIN(first_date) FROM sales_block", r -> Jdbc.date(r, 1)).get(0);
            LocalDate last = Jdbc.list(c, "SELECT MAX(last_date) FROM sales_block", r -> Jdbc.date(r, 1)).get(0);
            List<ImportRun> lastImport = importRuns(c, 1);
            return new StoreSummary(counts, first, last, lastImport.isEmpty() ? null : lastImport.get(0));
        });
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    /** Rolls back an unfinished import, then closes the database. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        ImportWriter open = currentImport;
        if (open != null) open.rollback();
        database.close();
    }

    @Override
    public String toString() {
        return "Store[" + database.description() + "]";
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("The store " + database.description() + " is closed.");
    }

    /** As {@link #read}, on a session outside the pool (see {@link Database#unpooledConnection}): for bulk reads. */
    private <T> T readAlone(String what, Jdbc.Work<T> work) {
        boolean interrupted = Interrupts.lower();
        try {
            ensureOpen();
            return database.inSnapshot(database.unpooledConnection(), work);
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + " in the store " + database.description() + ": "
                    + e.getMessage(), e);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    private <T> T read(String what, Jdbc.Work<T> work) {
        boolean interrupted = Interrupts.lower();
        try {
            return run(what, work);
        } finally {
            Interrupts.restore(interrupted);
        }
    }

    /**
     * For long reads that call back: the interrupt flag stays up so that the callbacks and the checks between
     * series see a cancellation; a flag already up cancels before anything is read.
     */
    private <T> T stream(String what, Jdbc.Work<T> work) {
        ProgressListener.checkCancelled();
        return run(what, work);
    }

    private <T> T run(String what, Jdbc.Work<T> work) {
        ensureOpen();
        try {
            return database.inSnapshot(work);
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + " in the store " + database.description() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A small change, written through to disk at once rather than at H2's next background write. */
    private <T> T write(String what, Jdbc.Work<T> work) {
        T result = read(what, work);
        database.checkpoint();
        return result;
    }

    /** Forces what is in the database's memory, committed or not, to disk (the crash test needs it there). */
    void checkpoint() {
        database.checkpoint();
    }

    List<String> tableNames() {
        return read("list the tables", c -> new ArrayList<>(Jdbc.list(c, "SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = 'PUBLIC' ORDER BY table_name",
                row -> row.getString(1))));
    }
}
