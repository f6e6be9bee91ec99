package reassort.app.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names made from planners' codes (supplier, location) for files and sheets: only letters, digits, dot, dash and
 * underscore survive in a file name, so a code cannot climb folders ({@code ../}), name a device ({@code CON},
 * {@code NUL}) or hide an extension; sheet names lose the characters Excel forbids and stay unique within a
 * workbook.
 */
final class SafeNames {
    static final int MAX_FILE_STEM = 80;
    static final int MAX_SHEET = 31;
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");

    private SafeNames() {}

    /** A file name stem: unsafe characters become '_', no leading dot or dash, never a Windows device name. */
    static String fileStem(String text) {
        StringBuilder b = new StringBuilder();
        String source = text == null ? "" : text.strip();
        for (int i = 0; i < source.length() && b.length() < MAX_FILE_STEM; i++) {
            char c = source.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            b.append(safe ? c : '_');
        }
        String stem = b.toString().replaceAll("\\.{2,}", "_");
        while (!stem.isEmpty() && (stem.charAt(0) == '.' || stem.charAt(0) == '-')) stem = stem.substring(1);
        while (stem.endsWith(".")) stem = stem.substring(0, stem.length() - 1);
        if (stem.isEmpty()) stem = "export";
        String base = stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem;
        if (WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT))) stem = "_" + stem;
        return stem;
    }

    /** Gives sheet names that Excel accepts and that differ from one another (ignoring case). */
    static final class Sheets {
        private final Set<String> used = new HashSet<>();

        String name(String wanted) {
            StringBuilder b = new StringBuilder();
            String source = wanted == null ? "" : wanted.strip();
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                b.append(":\\/?*[]".indexOf(c) >= 0 || Character.isISOControl(c) ? '-' : c);
            }
            String base = b.toString().replaceAll("^'+|'+$", "");
            if (base.isBlank()) base = "Sheet";
            if (base.length() > MAX_SHEET) base = base.substring(0, MAX_SHEET);
            String name = base;
            for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = base.substring(0, Math.min(base.length(), MAX_SHEET - suffix.length())) + suffix;
            }
            used.add(name.toLowerCase(Locale.ROOT));
            return name;
        }
    }
}
