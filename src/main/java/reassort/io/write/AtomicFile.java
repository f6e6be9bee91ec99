package reassort.io.write;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file written beside its target under a temporary name and renamed onto it only when complete, so a reader
 * never sees half a file and a failed write leaves the previous version untouched.
 */
final class AtomicFile {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);
    private static final int BUFFER_BYTES = 1 << 16;

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final BufferedOutputStream buffer;
    private boolean done;

    private AtomicFile(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.buffer = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
    }

    static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("Cannot write " + target + ": folder " + directory + " does not exist. Maybe create it first.");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("Cannot write " + target + ": it is a folder. Maybe give a file name.");
        }
        SplittableRandom names = new SplittableRandom(System.nanoTime() ^ ProcessHandle.current().pid());
        for (int attempt = 0; ; attempt++) {
            Path temporary = directory.resolve(
                    "." + absolute.getFileName() + "." + Long.toHexString(names.nextLong() >>> 24) + ".part");
            try {
                FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new AtomicFile(absolute, temporary, channel);
            } catch (FileAlreadyExistsException taken) {
                if (attempt >= 20) throw taken;
            }
        }
    }

    Path target() {
        return target;
    }

    /** The stream to write to; closing it only flushes (the file is closed by {@link #commit()} or {@link #discard()}). */
    OutputStream stream() {
        return new FilterOutputStream(buffer) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Makes the written bytes durable and puts them in place of the target in one step. */
    void commit() throws IOException {
        if (done) {
            throw new IllegalStateException(target + " was already committed or discarded.");
        }
        try {
            buffer.flush();
            channel.force(true);
            channel.close();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException | RuntimeException failure) {
            discard();
            throw failure;
        }
    }

    /** What a writer does to finish its content (close the CSV stream, write the workbook's last parts). */
    @FunctionalInterface
    interface Finishing {
        void run() throws IOException;
    }

    /**
     * The one way a writer puts its file in place: finishes the content, then commits; a failure while finishing
     * discards the temporary file, so the target keeps its previous content (or stays absent).
     */
    void finishAndCommit(Finishing finishing) throws IOException {
        if (done) {
            throw new IllegalStateException(target + " was already committed or discarded.");
        }
        try {
            finishing.run();
        } catch (IOException | RuntimeException failure) {
            discard();
            throw failure;
        }
        commit();
    }

    /** Discards the file unless it was committed: what a writer's close() does. */
    void discardUnlessCommitted() {
        if (!done) {
            discard();
        }
    }

    /** Forgets everything written; the target keeps its previous content (or stays absent). Never throws. */
    void discard() {
        done = true;
        try {
            channel.close();
        } catch (IOException closing) {
            LOG.debug("Closing {} failed", temporary, closing);
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException cannotDelete) {
            LOG.warn("Could not delete the unfinished file {}", temporary, cannotDelete);
        }
    }

    boolean isDone() {
        return done;
    }
}
