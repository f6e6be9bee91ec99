package reassort.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns are as wide as their widest cell; numbers right-aligned, the last column free. */
final class TextTable {
    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /** {@code headers}: a header starting with '>' names a right-aligned column (the '>' is not printed). */
    TextTable(String... headers) {
        this.headers = new String[headers.length];
        this.right = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            right[i] = headers[i].startsWith(">");
            this.headers[i] = right[i] ? headers[i].substring(1) : headers[i];
        }
    }

    void add(String... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.length + " columns.");
        }
        rows.add(cells.clone());
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) widths[i] = headers[i].length();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i] == null ? 0 : row[i].length());
        }
        line(out, headers, widths);
        for (String[] row : rows) line(out, row, widths);
    }

    private void line(PrintWriter out, String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            if (i > 0) b.append("  ");
            boolean last = i == cells.length - 1;
            if (right[i]) b.append(" ".repeat(widths[i] - cell.length())).append(cell);
            else b.append(cell).append(last ? "" : " ".repeat(widths[i] - cell.length()));
        }
        out.println(b.toString().stripTrailing());
    }
}
