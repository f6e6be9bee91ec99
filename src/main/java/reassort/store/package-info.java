/**
 * The planner's data on disk: an embedded H2 file store ({@code <dir>/reassort.mv.db}, no server, no socket),
 * its schema kept by Flyway ({@code db/migration}).
 *
 * <ul>
 *   <li>{@link reassort.store.Store}: open / in memory, master data, stock, orders, promotions, channels, mapping
 *       memory, import history, summary, and sales read back as weekly or daily series or plain lines.
 *   <li>{@link reassort.store.ImportWriter}: one import, all or nothing; sales replace what they cover.
 *   <li>{@link reassort.store.StoreBenchmark}: timings for the bench command.
 * </ul>
 *
 * Sales are stored packed per series and quarter (docs/decisions/0004-sales-blocks.md); every read sees one
 * snapshot of the store. The store knows {@code reassort.domain} only.
 */
package reassort.store;
