package th.ita.report.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a run was made from, in one SHA-256: every entry of the input folder by name and size,
 * the content of every workbook, and the job definition's content. Two runs with the same
 * fingerprint would write the same report, so the second need not run.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(Path inputFolder, Path definition) {
        return of(inputFolder, definition, null);
    }

    /** With an office's own definition file laid over the shared one (multi-office runs). */
    public static String of(Path inputFolder, Path definition, Path override) {
        MessageDigest all = sha256();
        try (Stream<Path> entries = Files.list(inputFolder)) {
            List<Path> sorted = entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            for (Path entry : sorted) {
                String name = entry.getFileName().toString();
                boolean workbook = Files.isRegularFile(entry) && !name.startsWith("~$") && !name.startsWith(".")
                        && InputFolder.WORKBOOK_EXTENSIONS.contains(extension(name));
                String line = name + "\u0000" + (Files.isRegularFile(entry) ? Files.size(entry) : -1)
                        + "\u0000" + (workbook ? digest(entry) : "") + "\n";
                all.update(line.getBytes(StandardCharsets.UTF_8));
            }
            all.update(("definition\u0000" + digest(definition)).getBytes(StandardCharsets.UTF_8));
            if (override != null && Files.isRegularFile(override)) {
                all.update(("override\u0000" + digest(override)).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** SHA-256 of a file's bytes, in hex. */
    public static String digest(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
