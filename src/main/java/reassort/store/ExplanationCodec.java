package reassort.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How the explanation text of a proposal is kept in its VARCHAR column: deflated against a fixed dictionary of
 * typical explanations and written in Base64 behind a marker, so a 3.3 KB explanation takes about 400 characters.
 * Writing and committing 100k explanations of full text was most of a plan run (H2 serialises every character of
 * every page, then reads the pages back at commit). Texts without the marker (rows saved before, short texts) are
 * read as they are, so no migration is needed. The dictionary file {@value #DICTIONARY_RESOURCE} must never change:
 * a better one goes in a new file under a new marker, and this class keeps reading the old one.
 */
final class ExplanationCodec implements AutoCloseable {
    static final String MARKER = "\u0001z1:";
    static final String DICTIONARY_RESOURCE = "explanation-dictionary-1.txt";
    /** Shorter texts are stored as they are: compression would not pay for the marker. */
    private static final int MIN_LENGTH = 200;
    private static final byte[] DICTIONARY = dictionary();

    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private byte[] buffer = new byte[4096];

    /** The column value for {@code text}. */
    String encode(String text) {
        if (text == null || text.length() < MIN_LENGTH) return text;
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        deflater.reset();
        deflater.setDictionary(DICTIONARY);
        deflater.setInput(input);
        deflater.finish();
        int length = 0;
        while (!deflater.finished()) {
            if (length == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
            length += deflater.deflate(buffer, length, buffer.length - length);
        }
        return MARKER + Base64.getEncoder().encodeToString(Arrays.copyOf(buffer, length));
    }

    /** The text of a column value, encoded or not. */
    static String decode(String stored) {
        if (stored == null || !stored.startsWith(MARKER)) return stored;
        byte[] data = Base64.getDecoder().decode(stored.substring(MARKER.length()));
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            byte[] out = new byte[Math.max(1024, data.length * 12)];
            int length = 0;
            while (!inflater.finished()) {
                if (length == out.length) out = Arrays.copyOf(out, out.length * 2);
                int n = inflater.inflate(out, length, out.length - length);
                if (n == 0 && inflater.needsDictionary()) inflater.setDictionary(DICTIONARY);
                else if (n == 0 && inflater.needsInput()) {
                    throw new StoreException("A stored explanation is cut short (" + stored.length()
                            + " characters). Maybe plan again to recompute it.", null);
                }
                length += n;
            }
            return new String(out, 0, length, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new StoreException("A stored explanation cannot be read: " + e.getMessage()
                    + ". Maybe plan again to recompute it.", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public void close() {
        deflater.end();
    }

    private static byte[] dictionary() {
        try (InputStream in = ExplanationCodec.class.getResourceAsStream(DICTIONARY_RESOURCE)) {
            if (in == null) throw new IllegalStateException("The resource " + DICTIONARY_RESOURCE + " is missing from the build.");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
