package reassort.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an XLSX (a zip of XML parts) before any parser sees it: every entry is inflated once, counting bytes and
 * checking its CRC, so zip bombs (an entry inflating more than {@value #MAX_RATIO} times, or past the size caps),
 * truncated or damaged archives, duplicate entry names and XML parts carrying a DTD (entity-expansion tricks:
 * Excel never writes a {@code <!DOCTYPE>}) are refused before parsing. The cost is one inflate pass, small next to
 * XML parsing.
 */
final class ZipGuard {
    static final int MAX_RATIO = 100;
    /** Below this, a high ratio is harmless (small parts of repeated markup compress very well). */
    private static final long RATIO_GRACE_BYTES = 1L << 20;
    private static final long MAX_ENTRY_BYTES = 4L << 30;
    private static final long MAX_TOTAL_BYTES = 8L << 30;
    private static final int MAX_ENTRIES = 10_000;
    private static final int PROLOGUE_BYTES = 4096;

    private ZipGuard() {}

    /** What the archive holds, as far as format detection needs to know. */
    record Contents(Set<String> entryNames, String mimetype) {
        boolean has(String name) {
            return entryNames.contains(name);
        }
    }

    static Contents check(Path file) {
        long fileSize = size(file);
        Set<String> names = new HashSet<>();
        String mimetype = null;
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[64 * 1024];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!names.add(name)) {
                    throw refused(file, "holds the part " + name + " twice, which Excel never writes; it may be"
                            + " crafted. Save the workbook again from Excel and import the new file.");
                }
                if (names.size() > MAX_ENTRIES) {
                    throw refused(file, "holds more than " + MAX_ENTRIES + " parts; it is not a workbook Excel"
                            + " writes. Save it again from Excel.");
                }
                if (entry.isDirectory()) continue;
                long compressed = Math.min(Math.max(entry.getCompressedSize(), 1), Math.max(fileSize, 1));
                boolean xml = isXml(name);
                CRC32 crc = new CRC32();
                byte[] prologue = xml ? new byte[PROLOGUE_BYTES] : null;
                int prologueLength = 0;
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        crc.update(buffer, 0, n);
                        if (prologue != null && prologueLength < PROLOGUE_BYTES) {
                            int copy = Math.min(n, PROLOGUE_BYTES - prologueLength);
                            System.arraycopy(buffer, 0, prologue, prologueLength, copy);
                            prologueLength += copy;
                        }
                        inflated += n;
                        total += n;
                        if (inflated > RATIO_GRACE_BYTES && inflated > compressed * MAX_RATIO) {
                            throw bomb(file, name, "expands more than " + MAX_RATIO + " times");
                        }
                        if (inflated > MAX_ENTRY_BYTES) {
                            throw bomb(file, name, "expands past " + (MAX_ENTRY_BYTES >> 30) + " GiB");
                        }
                        if (total > MAX_TOTAL_BYTES) {
                            throw bomb(file, name, "brings the workbook past " + (MAX_TOTAL_BYTES >> 30) + " GiB");
                        }
                    }
                }
                if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                    throw damaged(file, "the part " + name + " fails its checksum", null);
                }
                if (prologue != null && declaresDtd(prologue, prologueLength, inflated <= PROLOGUE_BYTES)) {
                    throw refused(file, "was refused: its part " + name + " declares a DTD (<!DOCTYPE>), which"
                            + " Excel never writes and which can be crafted to exhaust memory (entity expansion)"
                            + " or read other files."
                            + " Save the workbook again from Excel and import the new file.");
                }
                if (name.equals("mimetype")) {
                    mimetype = new String(prologueOf(zip, entry), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (ZipException e) {
            WorkbookSource.rethrowIfCancelled(e);
            throw damaged(file, "its zip structure is broken (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            WorkbookSource.rethrowIfCancelled(e);
            throw damaged(file, "it could not be read to the end (" + e.getMessage() + ")", e);
        }
        return new Contents(Set.copyOf(names), mimetype);
    }

    private static byte[] prologueOf(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes(200);
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    /**
     * True when a declaration ({@code <!DOCTYPE}, {@code <!ENTITY}, ...) stands before the root element, or when
     * no root element starts within the prologue bytes of a longer part (a prologue padded to hide one).
     */
    static boolean declaresDtd(byte[] prologue, int length, boolean complete) {
        String text;
        if (length >= 2 && ((prologue[0] == (byte) 0xFE && prologue[1] == (byte) 0xFF)
                || (prologue[0] == 0 && prologue[1] == '<'))) {
            text = new String(prologue, 0, length, StandardCharsets.UTF_16BE);
        } else if (length >= 2 && ((prologue[0] == (byte) 0xFF && prologue[1] == (byte) 0xFE)
                || (prologue[0] == '<' && prologue[1] == 0))) {
            text = new String(prologue, 0, length, StandardCharsets.UTF_16LE);
        } else {
            text = new String(prologue, 0, length, StandardCharsets.UTF_8);
        }
        int i = 0;
        while (true) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) return !complete;
            char next = text.charAt(lt + 1);
            if (next == '?') {
                int end = text.indexOf("?>", lt + 2);
                if (end < 0) return !complete;
                i = end + 2;
            } else if (next == '!') {
                if (!text.startsWith("<!--", lt)) return true;
                int end = text.indexOf("-->", lt + 4);
                if (end < 0) return !complete;
                i = end + 3;
            } else {
                return false;
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new SpreadsheetRefusedException(file, "cannot be read (" + e.getMessage() + "). Check the file"
                    + " exists and is not open elsewhere.", e);
        }
    }

    private static SpreadsheetRefusedException bomb(Path file, String entry, String what) {
        return refused(file, "was refused: its part " + entry + " " + what + " when unzipped, the mark of a"
                + " zip bomb. If the workbook is genuine, save it again from Excel (or as CSV) and import that.");
    }

    static SpreadsheetRefusedException damaged(Path file, String why, Throwable cause) {
        return new SpreadsheetRefusedException(file, "is damaged or incomplete: " + why + ". Open it in Excel and"
                + " save it again, or export it anew from its source.", cause);
    }

    private static SpreadsheetRefusedException refused(Path file, String reason) {
        return new SpreadsheetRefusedException(file, reason);
    }
}
