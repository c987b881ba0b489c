package th.ita.report.output.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What was last sent to each department and address, kept with the output folder's run history
 * ({@code .history/mail-sent.json}), so that an e-mail goes out again only when the department's
 * part of the validation report has changed: not every night, not twice for a rerun or a restart.
 * Written after each e-mail the server accepted. A department that needs no e-mail any more is
 * forgotten, so if its problems come back it hears of them again.
 */
final class SentLetters {

    static final String FILE = "mail-sent.json";
    static final String FOLDER = ".history";

    private static final Logger LOG = LoggerFactory.getLogger(SentLetters.class);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One e-mail sent: its digest and when. */
    record Sent(String digest, Instant at) {
    }

    /** The file's content: by department and address. */
    record Ledger(Map<String, Sent> sent) {
    }

    private final Path file;
    private final Map<String, Sent> sent;

    private SentLetters(Path file, Map<String, Sent> sent) {
        this.file = file;
        this.sent = sent;
    }

    /** The record of an output folder; an unreadable one is started afresh (at worst an e-mail goes again). */
    static SentLetters of(Path output) {
        Path file = output.resolve(FOLDER).resolve(FILE);
        Map<String, Sent> sent = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                Ledger ledger = JSON.readValue(file.toFile(), Ledger.class);
                if (ledger.sent() != null) {
                    sent.putAll(ledger.sent());
                }
            } catch (JacksonException e) {
                LOG.warn("{} unreadable, starting afresh: {}", file, e.getOriginalMessage());
            }
        }
        return new SentLetters(file, sent);
    }

    /** This very e-mail was sent before (same department, address and content). */
    boolean alreadySent(Letter letter) {
        Sent last = sent.get(letter.key());
        return last != null && last.digest().equals(letter.digest());
    }

    /** When this e-mail was last sent, if it was. */
    Instant sentAt(Letter letter) {
        Sent last = sent.get(letter.key());
        return last == null ? null : last.at();
    }

    void sent(Letter letter, Instant at) {
        sent.put(letter.key(), new Sent(letter.digest(), at));
        save();
    }

    /**
     * Forgets every department and address this run has no e-mail for (problems fixed, address
     * removed); an e-mail that failed keeps what was sent before, so it is tried again next run.
     */
    void keepOnly(Collection<Letter> letters) {
        Set<String> keys = letters.stream().map(Letter::key).collect(Collectors.toSet());
        if (sent.keySet().retainAll(keys)) {
            save();
        }
    }

    /** Fails early when the record cannot be written: sending what cannot be recorded would repeat it every night. */
    void checkWritable() {
        try {
            Files.createDirectories(file.getParent());
            Path probe = Files.createTempFile(file.getParent(), FILE, ".probe");
            Files.delete(probe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() {
        return file;
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(FILE + ".partial");
            JSON.writeValue(partial.toFile(), new Ledger(sent));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
