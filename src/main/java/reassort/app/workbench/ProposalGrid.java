package reassort.app.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;



/**
 * The proposals the planner's grid holds, filtered and sorted in memory. Filtering tests each row against
 * precomputed fields (lower-case search text, flag kinds as bits); sorting orders row numbers by primitive keys
 * (text columns by rank, dates by day number), built once per column and dropped when a row changes. Not
 * thread-safe: one thread (the UI's) owns it.
 */
public final class ProposalGrid {
    private final GridRow[] rows;
    private final String[] searchText;
    private final int[] flagBits;
    /** Row numbers by key; null when the rows come in key order (the store's), which a binary search then finds. */
    private final Map<ItemKey, Integer> index;
    private final Map<GridColumn, double[]> sortKeys = new EnumMap<>(GridColumn.class);

    public ProposalGrid(List<GridRow> rows) {
        this.rows = rows.toArray(GridRow[]::new);
        this.searchText = new String[this.rows.length];
        this.flagBits = new int[this.rows.length];
        boolean inKeyOrder = true;
        for (int i = 0; i < this.rows.length; i++) {
            derive(i);
            if (i > 0 && compareKeys(this.rows[i - 1].sku(), this.rows[i - 1].location(), this.rows[i]) >= 0) {
                inKeyOrder = false;
            }
        }
        if (inKeyOrder) {
            index = null;
        } else {
            index = new HashMap<>(this.rows.length * 2);
            for (int i = 0; i < this.rows.length; i++) index.put(this.rows[i].key(), i);
        }
    }

    private static int compareKeys(String sku, String location, GridRow row) {
        int c = sku.compareTo(row.sku());
        return c != 0 ? c : location.compareTo(row.location());
    }

    private void derive(int i) {
        GridRow row = rows[i];
        GridRow before = i > 0 ? rows[i - 1] : null;
        // the locations of one SKU share its text (the store hands them the same strings)
        searchText[i] = before != null && before.sku() == row.sku() && before.label() == row.label()
                && searchText[i - 1] != null ? searchText[i - 1]
                : (row.sku() + '\u0001' + row.label()).toLowerCase(Locale.ROOT);
        int bits = 0;
        for (String flag : row.flags()) bits |= FlagKind.of(flag).bit();
        flagBits[i] = bits;
    }

    public int size() {
        return rows.length;
    }

    public GridRow row(int number) {
        return rows[number];
    }

    /** The row number of a proposal, or -1. */
    public int numberOf(ItemKey key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        int low = 0;
        int high = rows.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compareKeys(key.sku(), key.location(), rows[mid]);
            if (c == 0) return mid;
            if (c > 0) low = mid + 1;
            else high = mid - 1;
        }
        return -1;
    }

    /** Puts the fresh state of proposals in place (after an edit, a status change, an undo); unknown ones are ignored. */
    public void replace(List<GridRow> fresh) {
        boolean changed = false;
        for (GridRow row : fresh) {
            int i = numberOf(row.key());
            if (i < 0) continue;
            rows[i] = row;
            derive(i);
            changed = true;
        }
        if (changed) sortKeys.clear();
    }

    /** The row numbers that pass the filter, in the given order (stable: ties keep SKU × location order). */
    public int[] select(ProposalFilter filter, List<GridColumn.Sort> order) {
        return sort(filter(filter), order);
    }

    public int[] filter(ProposalFilter filter) {
        if (filter.isAll()) {
            int[] all = new int[rows.length];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return all;
        }
        String search = filter.search().toLowerCase(Locale.ROOT);
        int flagMask = 0;
        for (FlagKind kind : filter.flags()) flagMask |= kind.bit();
        int[] kept = new int[rows.length];
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            GridRow r = rows[i];
            if (!filter.categories().isEmpty() && !filter.categories().contains(r.category())) continue;
            if (!filter.sources().isEmpty() && !filter.sources().contains(r.sourceCode())) continue;
            if (!filter.locations().isEmpty() && !filter.locations().contains(r.location())) continue;
            if (!filter.channels().isEmpty() && !anyOf(filter.channels(), r.channels())) continue;
            if (!filter.classes().isEmpty() && !filter.classes().contains(r.classification())) continue;
            if (!filter.statuses().isEmpty() && !filter.statuses().contains(r.status())) continue;
            if (flagMask != 0 && (flagBits[i] & flagMask) == 0) continue;
            if (!search.isEmpty() && !searchText[i].contains(search)) continue;
            kept[n++] = i;
        }
        return Arrays.copyOf(kept, n);
    }

    private static boolean anyOf(Set<String> wanted, List<String> values) {
        for (String value : values) if (wanted.contains(value)) return true;
        return false;
    }

    /** Sorts row numbers by the criteria, first criterion first; a stable merge sort on primitive keys. */
    public int[] sort(int[] numbers, List<GridColumn.Sort> order) {
        if (order.isEmpty() || numbers.length < 2) return numbers;
        double[][] keys = new double[order.size()][];
        boolean[] ascending = new boolean[order.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = sortKey(order.get(k).column());
            ascending[k] = order.get(k).ascending();
        }
        int[] a = numbers.clone();
        int[] buffer = new int[a.length];
        mergeSort(a, buffer, 0, a.length, keys, ascending);
        return a;
    }

    private static void mergeSort(int[] a, int[] buffer, int from, int to, double[][] keys, boolean[] ascending) {
        if (to - from < 24) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && compare(a[j], v, keys, ascending) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid, keys, ascending);
        mergeSort(a, buffer, mid, to, keys, ascending);
        if (compare(a[mid - 1], a[mid], keys, ascending) <= 0) return;
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compare(buffer[i], buffer[j], keys, ascending) <= 0)) a[k] = buffer[i++];
            else a[k] = buffer[j++];
        }
    }

    /** Missing values (NaN) sort last whatever the direction. */
    private static int compare(int x, int y, double[][] keys, boolean[] ascending) {
        for (int k = 0; k < keys.length; k++) {
            double a = keys[k][x];
            double b = keys[k][y];
            boolean aMissing = Double.isNaN(a);
            boolean bMissing = Double.isNaN(b);
            if (aMissing || bMissing) {
                if (aMissing && bMissing) continue;
                return aMissing ? 1 : -1;
            }
            int c = Double.compare(a, b);
            if (c != 0) return ascending[k] ? c : -c;
        }
        return 0;
    }

    /** One number per row that orders the column: the value, the day number, or the text's rank. */
    private double[] sortKey(GridColumn column) {
        return sortKeys.computeIfAbsent(column, c -> {
            double[] key = new double[rows.length];
            switch (c.kind()) {
                case NUMBER -> {
                    for (int i = 0; i < rows.length; i++) key[i] = c.number(rows[i]);
                }
                case DATE -> {
                    for (int i = 0; i < rows.length; i++) {
                        LocalDate d = c.date(rows[i]);
                        key[i] = d == null ? Double.NaN : d.toEpochDay();
                    }
                }
                case TEXT -> {
                    String[] texts = new String[rows.length];
                    for (int i = 0; i < rows.length; i++) texts[i] = c.text(rows[i]);
                    String[] distinct = Arrays.stream(texts).distinct().toArray(String[]::new);
                    Arrays.sort(distinct, String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator.naturalOrder()));
                    Map<String, Integer> rank = new HashMap<>(distinct.length * 2);
                    for (int r = 0; r < distinct.length; r++) rank.put(distinct[r], r);
                    for (int i = 0; i < rows.length; i++) key[i] = rank.get(texts[i]);
                }
            }
            return key;
        });
    }

    /** The values the navigator offers, each sorted. */
    public Facets facets() {
        Set<String> categories = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        Set<String> locations = new TreeSet<>();
        Set<String> channels = new TreeSet<>();
        Set<String> classes = new TreeSet<>();
        List<String> seenChannels = null;
        int bits = 0;
        for (int i = 0; i < rows.length; i++) {
            GridRow r = rows[i];
            if (!r.category().isEmpty()) categories.add(r.category());
            sources.add(r.sourceCode());
            locations.add(r.location());
            if (r.channels() != seenChannels) { // the store shares one list per set of channels
                channels.addAll(r.channels());
                seenChannels = r.channels();
            }
            classes.add(r.classification());
            bits |= flagBits[i];
        }
        List<FlagKind> flags = new ArrayList<>();
        for (FlagKind kind : FlagKind.values()) if ((bits & kind.bit()) != 0) flags.add(kind);
        return new Facets(List.copyOf(categories), List.copyOf(sources), List.copyOf(locations), List.copyOf(channels),
                List.copyOf(classes), flags);
    }

    /** The distinct values of the filterable fields. */
    public record Facets(List<String> categories, List<String> sources, List<String> locations,
            List<String> channels, List<String> classes, List<FlagKind> flags) {}
}
