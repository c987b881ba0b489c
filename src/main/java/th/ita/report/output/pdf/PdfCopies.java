package th.ita.report.output.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PDF copies of the memo, the publication request form and the report, made by LibreOffice, which
 * shapes Thai correctly (Java PDF libraries misplace Thai vowels and tone marks). Without it the
 * copies are skipped and the run says so; the .docx and .html are the documents of record either way.
 */
public final class PdfCopies {

    private static final Logger log = LoggerFactory.getLogger(PdfCopies.class);
    private static final long TIMEOUT_SECONDS = 180;

    private final Optional<Path> soffice;

    public PdfCopies(Optional<Path> soffice) {
        this.soffice = soffice;
    }

    /** Finds LibreOffice where it is installed (the PATH, then the usual folders on Windows and macOS). */
    public static PdfCopies fromPath() {
        return find(System.getenv());
    }

    /**
     * LibreOffice's soffice, looked for on the PATH (with .exe on Windows), then where its installer
     * puts it: on Windows it lives in Program Files and is not on the PATH.
     */
    static PdfCopies find(Map<String, String> environment) {
        List<Path> offices = new ArrayList<>();
        for (String root : List.of("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")) {
            String folder = environment.get(root);
            if (folder != null && !folder.isBlank()) {
                offices.add(Path.of(folder, "LibreOffice", "program", "soffice.exe"));
            }
        }
        offices.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        String path = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
        return new PdfCopies(onPath(path, offices, "soffice", "soffice.exe", "libreoffice"));
    }

    public boolean available() {
        return soffice.isPresent();
    }

    /**
     * A PDF of each .docx (memo.pdf for memo.docx...) in the work folder, converted by one
     * LibreOffice process; an entry is empty when that PDF could not be made (reason logged).
     */
    public List<Optional<Path>> documents(List<Path> docx, Path work) {
        if (soffice.isEmpty()) {
            return docx.stream().map(d -> Optional.<Path>empty()).toList();
        }
        List<String> command = new ArrayList<>(List.of(soffice.get().toString(), userInstallation(work), "--headless",
                "--convert-to", "pdf", "--outdir", work.toString()));
        docx.forEach(d -> command.add(d.toString()));
        boolean ran = run(command, work, pdfName(docx.get(0)), work).isPresent();
        List<Optional<Path>> pdfs = new ArrayList<>();
        for (Path d : docx) {
            Path pdf = work.resolve(pdfName(d));
            pdfs.add(ran && Files.isRegularFile(pdf) ? Optional.of(pdf) : Optional.empty());
        }
        return pdfs;
    }

    private Optional<Path> run(List<String> command, Path work, String expected, Path outDir) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("converter.log").toFile());
            builder.environment().put("FONTCONFIG_FILE", fontConfig(work).toString());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                log.warn("PDF conversion timed out after {} s: {}", TIMEOUT_SECONDS, command.get(0));
                return Optional.empty();
            }
            Path pdf = outDir.resolve(expected);
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                log.warn("PDF conversion failed ({}), see {}", command.get(0), work.resolve("converter.log"));
                return Optional.empty();
            }
            return Optional.of(pdf);
        } catch (IOException e) {
            log.warn("PDF conversion could not start: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A profile of our own, so a LibreOffice the officer has open does not swallow the conversion. */
    private static String userInstallation(Path work) {
        return "-env:UserInstallation=" + work.resolve("lo-profile").toUri();
    }

    static Path fontConfig(Path work) throws IOException {
        Path conf = work.resolve("fonts.conf");
        if (!Files.exists(conf)) {
            try (InputStream in = PdfCopies.class.getResourceAsStream("/pdf/fonts.conf")) {
                Files.copy(in, conf, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return conf;
    }

    static String pdfName(Path source) {
        String name = source.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')) + ".pdf";
    }

    /** The first of the names found executable in a folder of the PATH, else the first installed place that is. */
    private static Optional<Path> onPath(String path, List<Path> installed, String... names) {
        List<Path> dirs = new ArrayList<>();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir.strip()));
            }
        }
        for (String name : names) {
            for (Path dir : dirs) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return installed.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    Optional<Path> office() {
        return soffice;
    }
}
