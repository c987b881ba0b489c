package th.ita.report.output.pdf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.jodconverter.core.office.OfficeException;
import org.jodconverter.core.office.OfficeUtils;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * LibreOffice kept running while a run converts many offices' documents (an {@code offices} run):
 * started at the run's first conversion and stopped at its end, one process per office converted
 * side by side, each document sent over a local socket (JODConverter). Starting LibreOffice takes
 * about a second, converting a document in one already running about a sixth of that. A single
 * office's run never opens it: its one LibreOffice start is the same either way.
 * <p>
 * Never needed: when the processes cannot be started or a conversion through them fails, the
 * caller converts that office's documents its own way ({@link PdfCopies#documents}).
 */
@Component
public class OfficeProcesses implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OfficeProcesses.class);
    private static final long START_TIMEOUT_MS = 120_000;
    private static final long TASK_TIMEOUT_MS = 180_000;
    /** A fresh process now and then: LibreOffice holds on to memory over many documents. */
    private static final int TASKS_PER_PROCESS = 300;

    private final AtomicInteger converted = new AtomicInteger();
    private int processes;
    private boolean failed;
    private LocalOfficeManager manager;
    private Path work;

    /** From now until {@link #close()}, conversions go through this many long-lived processes. */
    public synchronized void open(int processes) {
        close();
        this.processes = Math.max(1, processes);
        this.failed = false;
        converted.set(0);
    }

    /** Stops the processes, if they were started; conversions go back to one LibreOffice each. */
    public synchronized void close() {
        processes = 0;
        if (manager != null) {
            OfficeUtils.stopQuietly(manager);
            manager = null;
            log.info("LibreOffice kept running converted {} document(s) and was stopped", converted.get());
        }
        if (work != null) {
            try {
                FileSystemUtils.deleteRecursively(work);
            } catch (IOException e) {
                log.warn("could not delete LibreOffice's work folder {}: {}", work, e.getMessage());
            }
            work = null;
        }
    }

    @Override
    public void destroy() {
        close();
    }

    /**
     * A PDF of each document in the work folder, as {@link PdfCopies#documents} gives them: through
     * the processes kept running when they are open, else (or when that fails) by one LibreOffice.
     */
    public List<Optional<Path>> documents(PdfCopies converters, List<Path> docx, Path work) {
        return convert(converters, docx, work)
                .map(pdfs -> pdfs.stream().map(Optional::of).toList())
                .orElseGet(() -> converters.documents(docx, work));
    }

    /**
     * A PDF of each document in the folder {@code outDir} (memo.pdf for memo.docx...); empty when
     * they are not open, could not be started, or a document could not be converted through them.
     */
    Optional<List<Path>> convert(PdfCopies converters, List<Path> docx, Path outDir) {
        Optional<LocalOfficeManager> running = running(converters);
        if (running.isEmpty()) {
            return Optional.empty();
        }
        List<Path> pdfs = new ArrayList<>();
        for (Path document : docx) {
            Path pdf = outDir.resolve(PdfCopies.pdfName(document));
            try {
                LocalConverter.make(running.get()).convert(document.toFile()).to(pdf.toFile()).execute();
                if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                    log.warn("LibreOffice kept running made no PDF of {}; converting again on its own", document);
                    return Optional.empty();
                }
            } catch (OfficeException | IOException e) {
                log.warn("LibreOffice kept running could not convert {} ({}); converting again on its own", document,
                        e.getMessage());
                return Optional.empty();
            }
            pdfs.add(pdf);
        }
        converted.addAndGet(pdfs.size());
        return Optional.of(pdfs);
    }

    /** The documents converted through the processes since they were last opened (for the run's log). */
    public int converted() {
        return converted.get();
    }

    private synchronized Optional<LocalOfficeManager> running(PdfCopies converters) {
        if (processes == 0 || failed || converters.office().isEmpty()) {
            return Optional.empty();
        }
        if (manager == null) {
            try {
                manager = start(converters.office().get());
            } catch (OfficeException | IOException | RuntimeException e) {
                // Once per run: the rest of the run converts one LibreOffice per office, as a single office does.
                log.warn("LibreOffice could not be kept running ({}); each office starts its own", e.getMessage());
                close();
                failed = true;
                return Optional.empty();
            }
        }
        return Optional.of(manager);
    }

    private LocalOfficeManager start(Path soffice) throws OfficeException, IOException {
        work = Files.createTempDirectory("ita-report-office");
        // soffice lives in program/ (MacOS/ on macOS) under LibreOffice's home, as JODConverter expects.
        Path home = soffice.toRealPath().getParent().getParent();
        LocalOfficeManager.Builder builder = LocalOfficeManager.builder()
                .officeHome(home.toFile())
                .portNumbers(freePorts(processes))
                .workingDir(work.toFile())
                .processTimeout(START_TIMEOUT_MS)
                .taskExecutionTimeout(TASK_TIMEOUT_MS)
                .maxTasksPerProcess(TASKS_PER_PROCESS)
                .startFailFast(true);
        Path env = Path.of("/usr/bin/env");
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") && Files.isExecutable(env)) {
            // The Thai font alias of the PDF copies (PdfCopies), for processes whose environment we don't build.
            builder.runAsArgs(env.toString(), "FONTCONFIG_FILE=" + PdfCopies.fontConfig(work));
        }
        LocalOfficeManager started = builder.build();
        started.start();
        log.info("LibreOffice kept running for this run: {} process(es) from {}", processes, home);
        return started;
    }

    /** Ports free on this machine now, for LibreOffice to listen on (on the loopback address only). */
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }
}
