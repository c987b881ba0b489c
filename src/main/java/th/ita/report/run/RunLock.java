package th.ita.report.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Properties;

/**
 * One run at a time per output folder: an operating-system lock on {@code output/.lock}, taken
 * before the job repository is opened and held until the process ends (the system releases it
 * even when the process is killed). A second run finds it held and is refused at once, with who
 * holds it since when (written in the file by the holder). The lock does not depend on the job
 * repository, so it holds the same with a shared PostgreSQL repository.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE = ".lock";

    // The locked byte lies far beyond the holder's note: on Windows a locked region cannot be read
    // by others, and the note must stay readable to the run that is refused.
    private static final long REGION = 1L << 40;

    /** Who holds the lock: the command and process, and since when. */
    public record Holder(String command, long pid, OffsetDateTime since) {
    }

    /** The lock is held by another run (its holder, when it could be read). */
    public static final class HeldException extends Exception {

        private final transient Holder holder;

        HeldException(Holder holder) {
            super("output folder in use" + (holder == null ? "" : " by " + holder));
            this.holder = holder;
        }

        public Optional<Holder> holder() {
            return Optional.ofNullable(holder);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an existing output folder for this process, or fails at once.
     *
     * @throws HeldException when another run holds it
     * @throws IOException   when the folder cannot be written
     */
    public static RunLock acquire(Path output, String command) throws IOException, HeldException {
        Path file = output.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(REGION, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (a second command in one JVM)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            // The holder writes its note just after taking the lock: give it a moment.
            Holder holder = read(channel);
            for (int wait = 0; holder == null && wait < 10; wait++) {
                sleep();
                holder = read(channel);
            }
            channel.close();
            throw new HeldException(holder);
        }
        try {
            Properties note = new Properties();
            note.setProperty("command", command);
            note.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
            note.setProperty("since", OffsetDateTime.now().withNano(0).toString());
            java.io.StringWriter text = new java.io.StringWriter();
            note.store(text, null);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new RunLock(channel, lock);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Holder read(FileChannel channel) {
        try {
            long size = Math.min(channel.size(), 4096);
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            channel.read(bytes, 0);
            Properties note = new Properties();
            note.load(new java.io.StringReader(new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8)));
            return new Holder(note.getProperty("command", "?"), Long.parseLong(note.getProperty("pid", "0")),
                    OffsetDateTime.parse(note.getProperty("since")));
        } catch (IOException | RuntimeException e) {
            return null; // the holder has not written its note yet, or it is not ours
        }
    }

    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
