package th.ita.report.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a unit test: a command that prints figures (issue 6). Each case runs the real job as a child
 * JVM ({@code java -jar target/ita-report.jar --input=... --output=... --ita.pdf.enabled=false}) and,
 * beside it in the same run, the {@link ParseFloor bare parse floor} (unzip + JDK SAX parse of the
 * same sheets, nothing else) in a child JVM too; for each it prints wall time (process start to
 * exit), rows/s and peak RSS (VmHWM of the child, polled from {@code /proc/<pid>/status}), and the
 * job's cost as a ratio to the floor.
 *
 * <p>Run from the project folder (Linux; the jar must be built first):
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt \
 *   &amp;&amp; java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" th.ita.report.benchmark.Benchmark
 * </pre>
 *
 * <p>Cases: (a) the sample input in {@code input/}, cold start to outputs written, with the plain jar
 * (which starts from its Spring AOT context), the extracted jar, and the extracted jar with a CDS
 * archive (made here by Boot's training run, which exits on refresh; and with an archive trained on
 * a whole compile, also with the JIT limited to C1, the README's fast-start recipe); (b) the
 * multi-office command on 200 offices × 6 department workbooks × 12 rows; (c) one 50,000-row
 * workbook with {@code -Xmx256m} (and, if that fails, again with {@code -Xmx1g} to have a figure).
 * Inputs are generated (seeded) into {@code target/benchmark/} when missing; {@code --regenerate}
 * remakes them.
 * Arguments: optional case names to run ({@code a b c}), {@code --regenerate}, {@code --no-cds},
 * {@code --repeat=N} (runs per figure, median wall time kept; default 3 for case a, 1 for b and c).
 */
public final class Benchmark {

    static final int OFFICES = 200;
    static final int DEPARTMENTS_PER_OFFICE = 6;
    static final int ROWS_PER_DEPARTMENT = 12;
    static final int LARGE_ROWS = 50_000;
    static final long SEED = 6L;

    private static final Pattern ROWS_READ = Pattern.compile("\"rowsRead\"\\s*:\\s*(\\d+)");
    private static final Pattern FLOOR_LINE = Pattern.compile("floor files=(\\d+) xml-rows=(\\d+) chars=(\\d+) parse-ms=(\\d+)");

    /** One child JVM run. */
    record Run(String caseName, String kind, long wallMs, long peakRssKb, int exit, long rows, String note) {
    }

    private final Path root = Path.of("").toAbsolutePath();
    private final Path bench = root.resolve("target/benchmark");
    private final Path jar = root.resolve("target/ita-report.jar");
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final List<Run> runs = new ArrayList<>();
    /** Data rows per input folder, from the job's report.json (the floor reports only XML rows). */
    private final Map<Path, Long> dataRows = new LinkedHashMap<>();
    /** Runs per figure: the median wall time and the highest peak RSS are kept. */
    private int repeatA = 3;
    private int repeatOthers = 1;

    /** A run that can be repeated. */
    interface Measured {
        Run run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<String> cases = new ArrayList<>();
        boolean regenerate = false;
        boolean cds = true;
        int repeat = 0;
        for (String arg : args) {
            if (arg.startsWith("--repeat=")) {
                repeat = Integer.parseInt(arg.substring("--repeat=".length()));
                continue;
            }
            switch (arg) {
                case "--regenerate" -> regenerate = true;
                case "--no-cds" -> cds = false;
                default -> cases.add(arg);
            }
        }
        if (cases.isEmpty()) {
            cases = List.of("a", "b", "c");
        }
        Benchmark benchmark = new Benchmark();
        benchmark.repeatA = repeat > 0 ? repeat : 3;
        benchmark.repeatOthers = repeat > 0 ? repeat : 1;
        System.exit(benchmark.run(cases, regenerate, cds));
    }

    private int run(List<String> cases, boolean regenerate, boolean cds) throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.out.println("target/ita-report.jar is missing: build it first with ./mvnw -B -q -DskipTests package"
                    + " (run this from the project folder)");
            return 2;
        }
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            System.out.println("peak RSS is read from /proc/<pid>/status: Linux only");
            return 2;
        }
        Files.createDirectories(bench.resolve("logs"));
        System.out.printf("ita-report benchmark, %s%n", Instant.now());
        System.out.printf("cores (Runtime.availableProcessors): %d; java %s (%s); jar %s (%,d bytes)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), root.relativize(jar), Files.size(jar));
        System.out.println("each figure is a child JVM run: wall = process start to exit;"
                + " peak RSS = VmHWM of that child (polled every 5 ms).");

        Path inputA = root.resolve("input");
        Path inputB = bench.resolve("input-b");
        Path inputC = bench.resolve("input-c");
        Path definitionB = bench.resolve("jobs/offices-2568.yml");
        if (cases.contains("b") && (regenerate || !Files.isDirectory(inputB) || folders(inputB) != OFFICES)) {
            long t = System.nanoTime();
            int workbooks = BenchmarkInputs.manyOffices(inputB, OFFICES, DEPARTMENTS_PER_OFFICE, ROWS_PER_DEPARTMENT, SEED);
            System.out.printf("generated %s: %d offices x %d workbooks x %d rows = %d workbooks (seed %d) in %,d ms%n",
                    root.relativize(inputB), OFFICES, DEPARTMENTS_PER_OFFICE, ROWS_PER_DEPARTMENT, workbooks, SEED,
                    (System.nanoTime() - t) / 1_000_000);
        }
        if (cases.contains("b")) {
            BenchmarkInputs.officesDefinition(root.resolve("jobs/natorn-2568.yml"), definitionB);
        }
        if (cases.contains("c") && (regenerate || !Files.isDirectory(inputC) || count(inputC) != 1)) {
            long t = System.nanoTime();
            BenchmarkInputs.largeWorkbook(inputC, LARGE_ROWS);
            System.out.printf("generated %s: 1 workbook, %,d rows (LargeWorkbookCheck's generator) in %,d ms%n",
                    root.relativize(inputC), LARGE_ROWS, (System.nanoTime() - t) / 1_000_000);
        }

        // Untimed: warms the page cache for the jar and the JDK, so the first case is not penalised.
        Run warm = job("warm-up", "job", inputA, List.of(), jar);
        System.out.printf("warm-up run (not counted): exit %d, %,d ms%n", warm.exit(), warm.wallMs());
        runs.clear();

        if (cases.contains("a")) {
            record(repeatA, () -> job("a", "job (jar)", inputA, List.of(), jar));
            record(repeatA, () -> floor("a", inputA, List.of()));
            if (cds) {
                Path extracted = bench.resolve("extracted");
                Path archive = extracted.resolve("app.jsa");
                Path extractedJar = extracted.resolve("ita-report.jar");
                String problem = prepareCds(extracted, archive, extractedJar);
                if (problem == null) {
                    record(repeatA, () -> job("a", "job (extracted)", inputA, List.of(), extractedJar));
                    record(repeatA, () -> job("a", "job (extracted+CDS)", inputA, List.of("-XX:SharedArchiveFile=" + archive), extractedJar));
                    // Not Boot's recipe: an archive trained on a whole compile also holds POI, Thymeleaf and the job's classes.
                    Path fullArchive = extracted.resolve("app-full.jsa");
                    Path fullTraining = bench.resolve("out/cds-training-full");
                    BenchmarkInputs.clear(fullTraining);
                    long[] train = runChild(List.of(java, "-XX:ArchiveClassesAtExit=" + fullArchive, "-jar",
                            extractedJar.toString(), "--input=" + inputA, "--output=" + fullTraining,
                            "--job=" + root.resolve("jobs/natorn-2568.yml"), "--ita.pdf.enabled=false"),
                            bench.resolve("logs/cds-training-full.log"));
                    if (train[2] == 0 && Files.isRegularFile(fullArchive)) {
                        System.out.printf("CDS: training on a whole compile %,d ms, archive %,d bytes%n", train[0],
                                Files.size(fullArchive));
                        record(repeatA, () -> job("a", "job (extr.+CDS full)", inputA,
                                List.of("-XX:SharedArchiveFile=" + fullArchive), extractedJar));
                        record(repeatA, () -> job("a", "job (CDS full, C1)", inputA,
                                List.of("-XX:SharedArchiveFile=" + fullArchive, "-XX:TieredStopAtLevel=1"), extractedJar));
                    } else {
                        System.out.println("CDS trained on a whole compile: training exited " + train[2] + ", skipped");
                    }
                } else {
                    System.out.println("CDS case skipped: " + problem);
                }
            }
        }
        if (cases.contains("b")) {
            record(repeatOthers, () -> job("b", "offices (jar)", inputB, List.of(), jar, "offices", definitionB));
            record(repeatOthers, () -> floor("b", inputB, List.of()));
        }
        if (cases.contains("c")) {
            Run c = record(repeatOthers, () -> job("c", "job (jar) -Xmx256m", inputC, List.of("-Xmx256m"), jar));
            record(repeatOthers, () -> floor("c", inputC, List.of("-Xmx256m")));
            if (c.exit() != 0) {
                System.out.println("case c failed with -Xmx256m (see its log); running it again with -Xmx1g for a figure");
                record(repeatOthers, () -> job("c", "job (jar) -Xmx1g", inputC, List.of("-Xmx1g"), jar));
            }
        }
        printTable();
        return 0;
    }

    /** Runs it {@code times} times: median wall time, highest peak RSS, first failure if any. */
    private Run record(int times, Measured measured) throws Exception {
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            Run run = measured.run();
            all.add(run);
            if (run.exit() != 0) {
                return record(run);
            }
        }
        if (times == 1) {
            return record(all.get(0));
        }
        List<Long> walls = all.stream().map(Run::wallMs).sorted().toList();
        long median = walls.get(walls.size() / 2);
        long rss = all.stream().mapToLong(Run::peakRssKb).max().orElse(-1);
        Run last = all.get(all.size() - 1);
        String each = all.stream().map(r -> String.format("%,d", r.wallMs())).reduce((a, b) -> a + " / " + b).orElse("");
        return record(new Run(last.caseName(), last.kind(), median, rss, 0, last.rows(),
                "median of " + times + " (" + each + " ms); " + last.note()));
    }

    private Run record(Run run) {
        runs.add(run);
        System.out.printf("  %-3s %-22s exit %d  %,8d ms  peak RSS %,7d kB  %s%n", run.caseName(), run.kind(), run.exit(),
                run.wallMs(), run.peakRssKb(), run.note());
        return run;
    }

    private Run job(String caseName, String kind, Path input, List<String> jvmOptions, Path jarFile) throws Exception {
        return job(caseName, kind, input, jvmOptions, jarFile, null, root.resolve("jobs/natorn-2568.yml"));
    }

    /**
     * The real job in a child JVM, into a fresh output folder (so it is never "unchanged since the
     * last run"); {@code command} is the jar's command word (null for the default compile).
     */
    private Run job(String caseName, String kind, Path input, List<String> jvmOptions, Path jarFile, String commandWord,
                    Path definition) throws Exception {
        String slug = slug(caseName + "-" + kind);
        Path output = bench.resolve("out").resolve(slug);
        BenchmarkInputs.clear(output);
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jarFile.toString()));
        if (commandWord != null) {
            command.add(commandWord);
        }
        command.addAll(List.of("--input=" + input, "--output=" + output, "--job=" + definition, "--ita.pdf.enabled=false"));
        Path log = bench.resolve("logs").resolve(slug + ".log");
        long[] measured = runChild(command, log);
        long rows = -1;
        String note = "log: " + root.relativize(log);
        if (measured[2] == 0) {
            // One report.json, or one per office folder (multi-office runs).
            List<Path> reports;
            try (var walk = Files.walk(output, 2)) {
                reports = walk.filter(p -> p.getFileName().toString().equals("report.json")).toList();
            }
            for (Path report : reports) {
                long last = -1;
                Matcher m = ROWS_READ.matcher(Files.readString(report));
                while (m.find()) {
                    last = Long.parseLong(m.group(1)); // the last one is totals.rowsRead
                }
                rows = Math.max(rows, 0) + Math.max(last, 0);
            }
            note = note + (reports.size() > 1 ? ", " + reports.size() + " report.json" : "");
            dataRows.putIfAbsent(input, rows);
        } else if (measured[2] != 0) {
            String last = lastLine(log);
            note = "FAILED: " + last + " (" + note + ")";
        }
        return new Run(caseName, kind, measured[0], measured[1], (int) measured[2], rows, note);
    }

    /** The bare parse floor over the same folder, in a child JVM with the same heap options. */
    private Run floor(String caseName, Path input, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", root.resolve("target/test-classes").toString(), ParseFloor.class.getName(),
                input.toString()));
        Path log = bench.resolve("logs").resolve(slug(caseName + "-floor") + ".log");
        long[] measured = runChild(command, log);
        Matcher m = FLOOR_LINE.matcher(Files.readString(log));
        String note = m.find() ? "xml rows " + m.group(2) + ", in-JVM parse " + m.group(4) + " ms" : "no figures: " + lastLine(log);
        return new Run(caseName, "bare parse floor", measured[0], measured[1], (int) measured[2], -1, note);
    }

    /**
     * Starts the command in the project folder, output to the log, and polls the child's VmHWM
     * until it exits. Returns wall ms, peak RSS kB (last VmHWM read: the high-water mark only grows,
     * so only growth in the last few ms before exit can be missed) and the exit status.
     */
    private long[] runChild(List<String> command, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        AtomicLong hwm = new AtomicLong(-1);
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        Thread poller = new Thread(() -> {
            while (process.isAlive()) {
                long kb = vmHwm(status);
                if (kb > 0) {
                    hwm.accumulateAndGet(kb, Math::max);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        poller.setDaemon(true);
        poller.start();
        int exit = process.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        poller.join();
        return new long[] {wall, hwm.get(), exit};
    }

    private static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The child has just exited (or is a zombie with no memory figures left): keep the last value.
        }
        return -1;
    }

    /**
     * Spring Boot's CDS recipe: extract the jar, then a training run that starts the context and
     * exits on refresh (before our command runs, so no job, no exit-code trouble), writing the
     * archive. Returns null when the archive is ready, else why not.
     */
    private String prepareCds(Path extracted, Path archive, Path extractedJar) throws Exception {
        BenchmarkInputs.clear(extracted);
        Path extractLog = bench.resolve("logs/cds-extract.log");
        long[] extract = runChild(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                extracted.toString(), "--force"), extractLog);
        if (extract[2] != 0 || !Files.isRegularFile(extractedJar)) {
            return "extract failed (" + root.relativize(extractLog) + ")";
        }
        Path training = bench.resolve("out/cds-training");
        BenchmarkInputs.clear(training);
        Path trainLog = bench.resolve("logs/cds-training.log");
        long[] train = runChild(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                "-jar", extractedJar.toString(), "--input=" + root.resolve("input"), "--output=" + training,
                "--job=" + root.resolve("jobs/natorn-2568.yml"), "--ita.pdf.enabled=false"), trainLog);
        if (train[2] != 0 || !Files.isRegularFile(archive)) {
            return "training run exited " + train[2] + " without " + archive + " (" + root.relativize(trainLog) + ")";
        }
        System.out.printf("CDS: extracted in %,d ms; training run (exit on refresh) %,d ms, archive %,d bytes%n",
                extract[0], train[0], Files.size(archive));
        return null;
    }

    private void printTable() {
        System.out.println();
        System.out.printf("cores: %d (the machine may be shared: figures are indicative; case a is the median of "
                + repeatA + " runs, the others " + repeatOthers + ")%n",
                Runtime.getRuntime().availableProcessors());
        String format = "%-4s %-22s %6s %10s %9s %12s %10s %10s%n";
        System.out.printf(format, "case", "what", "exit", "wall ms", "rows", "rows/s", "peak RSS", "vs floor");
        Map<String, Run> floors = new LinkedHashMap<>();
        for (Run run : runs) {
            if (run.kind().equals("bare parse floor")) {
                floors.put(run.caseName(), run);
            }
        }
        for (Run run : runs) {
            long rows = rowsOf(run);
            String rate = rows > 0 && run.exit() == 0 ? String.format("%,.0f", rows * 1000.0 / Math.max(1, run.wallMs())) : "-";
            Run floor = floors.get(run.caseName());
            String ratio = "";
            if (floor != null && floor != run && run.exit() == 0) {
                ratio = String.format("x%.1f", (double) run.wallMs() / Math.max(1, floor.wallMs()));
            } else if (floor != null && floor != run) {
                ratio = "failed";
            }
            System.out.printf(format, run.caseName(), run.kind(), run.exit(), String.format("%,d", run.wallMs()),
                    rows > 0 ? String.format("%,d", rows) : "-", rate,
                    String.format("%,d MB", run.peakRssKb() / 1024), ratio);
        }
        System.out.println("rows = data rows the job read (report.json totals.rowsRead), used for the floor's rows/s too;"
                + " 'vs floor' = job wall time / floor wall time of the same case (both include JVM start).");
        System.out.println("RSS ratios job/floor: " + rssRatios(floors));
        System.out.println("logs and outputs: " + root.relativize(bench));
    }

    private long rowsOf(Run run) {
        if (run.rows() > 0) {
            return run.rows();
        }
        for (Run other : runs) {
            if (other.caseName().equals(run.caseName()) && other.rows() > 0) {
                return other.rows();
            }
        }
        return -1;
    }

    private String rssRatios(Map<String, Run> floors) {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            Run floor = floors.get(run.caseName());
            if (floor != null && floor != run && floor.peakRssKb() > 0) {
                sb.append(sb.isEmpty() ? "" : "; ").append(run.caseName()).append(' ').append(run.kind()).append(' ')
                        .append(String.format("x%.1f", (double) run.peakRssKb() / floor.peakRssKb()));
            }
        }
        return sb.toString();
    }

    private static long folders(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.filter(Files::isDirectory).count();
        }
    }

    private static long count(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).count();
        }
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "(no output)";
    }

    private static String slug(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase();
    }
}
