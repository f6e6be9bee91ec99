package reassort.io.write;

import reassort.domain.Require;

/** One column of a written table: its header as shown to the planner, its type and, for numbers, its decimals. */
public record Column(String header, CellType type, int decimals) {
    static final int MAX_DECIMALS = 10;

    public Column {
        header = Require.code(header, "Column header");
        Require.present(type, "Type of column " + header);
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("Column " + header + " asks for " + decimals
                    + " decimals. Maybe use a number from 0 to " + MAX_DECIMALS + ".");
        }
        if (type != CellType.NUMBER && decimals != 0) {
            throw new IllegalArgumentException("Column " + header + " is " + type + " and cannot have " + decimals
                    + " decimals. Maybe declare it as a NUMBER column.");
        }
    }

    public static Column text(String header) {
        return new Column(header, CellType.TEXT, 0);
    }

    public static Column number(String header, int decimals) {
        return new Column(header, CellType.NUMBER, decimals);
    }

    public static Column integer(String header) {
        return new Column(header, CellType.INTEGER, 0);
    }

    public static Column date(String header) {
        return new Column(header, CellType.DATE, 0);
    }

    public static Column bool(String header) {
        return new Column(header, CellType.BOOLEAN, 0);
    }
}
