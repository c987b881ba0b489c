package th.ita.report.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a unit test: the command that prints the figures of issue 15 ({@code bench/run}, README
 * "Benchmark"). The Java side runs as the officer runs it: the launcher {@code target/ita-report}
 * (from another folder, cold, with its fast-start cache made by an untimed warm-up run), always with
 * {@code --ita.pdf.enabled=false}. The Python baseline ({@code peer_python/compile_report.py}) runs on
 * the same generated sets in the same loop, alternating with it (A B A B ...); figures are medians.
 *
 * <p>Cases (all by default but {@code levers}):
 * <ul>
 * <li>{@code typical}: one office, 6 department workbooks × 10 rows, cold start to outputs;</li>
 * <li>{@code offices}: 200 offices × 6 × 12 with the {@code offices} command (a shared definition
 * listing the generator's six departments, each office's name from the generator's orgs.json in its
 * own {@code job.yml}), then the same command again on the unchanged input into the same output;</li>
 * <li>{@code large}: one 50,000-row sheet at the default limits, {@code -Xmx256m};</li>
 * <li>{@code levers}: the typical office with each start-up lever on Java 17 and on Java 25 (plain
 * {@code java -jar}; the launcher without its cache; with it, as it runs by default: C1 only and the
 * serial GC; with C2 as well; with G1 instead).</li>
 * </ul>
 * Beside them the bare parse floor ({@link ParseFloor}). Options: case names, {@code --pairs=N} (runs
 * of each side per case; default 5 for typical and levers, 3 for the others), {@code --regenerate},
 * {@code --bench=DIR} (the shared bench/ folder).
 */
public final class Benchmark {

    static final int OFFICES = 200;
    static final int DEPARTMENTS_PER_OFFICE = 6;
    static final int ROWS_PER_DEPARTMENT = 12;
    static final int LARGE_ROWS = 50_000;

    private static final Pattern FLOOR_LINE = Pattern.compile("floor files=(\\d+) xml-rows=(\\d+) chars=(\\d+) parse-ms=(\\d+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PDF_OFF = "--ita.pdf.enabled=false";

    /** Rows read, accepted, rejected. */
    record Rows(long read, long accepted, long rejected) {
        @Override
        public String toString() {
            return String.format("%,d/%,d/%,d", read, accepted, rejected);
        }
    }

    /** All runs of one command in one case: median wall and CPU, highest peak RSS. */
    static final class Series {
        final String caseName;
        final String what;
        final List<ChildRun> runs = new ArrayList<>();
        Rows rows;
        String note = "";

        Series(String caseName, String what) {
            this.caseName = caseName;
            this.what = what;
        }

        long wall() {
            return median(runs.stream().map(ChildRun::wallMs).toList());
        }

        long cpu() {
            return median(runs.stream().map(ChildRun::cpuMs).toList());
        }

        long peakRssMb() {
            return runs.stream().mapToLong(ChildRun::peakRssKb).max().orElse(-1) / 1024;
        }

        /** The first failing run's exit status, else 0. */
        int exit() {
            return runs.stream().mapToInt(ChildRun::exit).filter(e -> e != 0).findFirst().orElse(0);
        }

        private static long median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return sorted.isEmpty() ? -1 : sorted.get((sorted.size() - 1) / 2);
        }
    }

    /** One command of a case: how to run it into a given output folder. */
    interface Command {
        ChildRun run(Path output, Path log) throws IOException, InterruptedException;
    }

    private final Path root = Path.of("").toAbsolutePath();
    private final Path bench = root.resolve("target/benchmark");
    private final Path launcher = root.resolve("target/ita-report");
    private final Path jar = root.resolve("target/ita-report.jar");
    private final Path definition = bench.resolve("jobs/six-departments-2568.yml");
    private final List<Series> table = new ArrayList<>();
    private final Map<String, Integer> pairs = new HashMap<>();
    private PythonSide python;

    public static void main(String[] args) throws Exception {
        List<String> cases = new ArrayList<>();
        boolean regenerate = false;
        String benchFolder = null;
        Integer pairs = null;
        for (String arg : args) {
            if (arg.startsWith("--pairs=")) {
                pairs = Integer.parseInt(arg.substring("--pairs=".length()));
            } else if (arg.startsWith("--bench=")) {
                benchFolder = arg.substring("--bench=".length());
            } else if (arg.equals("--regenerate")) {
                regenerate = true;
            } else if (List.of("typical", "offices", "large", "levers").contains(arg)) {
                cases.add(arg);
            } else {
                System.out.println("unknown argument " + arg + "; use: [typical] [offices] [large] [levers]"
                        + " [--pairs=N] [--regenerate] [--bench=DIR]");
                System.exit(2);
            }
        }
        if (cases.isEmpty()) {
            cases = List.of("typical", "offices", "large");
        }
        Benchmark benchmark = new Benchmark();
        for (String name : List.of("typical", "offices", "large", "levers")) {
            benchmark.pairs.put(name, pairs != null ? pairs : name.equals("typical") || name.equals("levers") ? 5 : 3);
        }
        System.exit(benchmark.run(cases, regenerate, benchFolder));
    }

    private int run(List<String> cases, boolean regenerate, String benchFolder) throws Exception {
        if (!Files.isExecutable(launcher) || !Files.isRegularFile(jar)) {
            System.out.println("target/ita-report and target/ita-report.jar are missing: build first with"
                    + " ./mvnw -B -q -DskipTests package (bench/run does), from the project folder");
            return 2;
        }
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            System.out.println("peak RSS and CPU time are read from /proc: Linux only");
            return 2;
        }
        Files.createDirectories(bench);
        System.out.printf("ita-report benchmark (issue 15), %s%n", Instant.now());
        System.out.printf("machine: %d cores (Runtime.availableProcessors), load average at start %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        python = PythonSide.find(root, benchFolder);
        System.out.println("python: " + python.description);
        BenchmarkInputs.officesDefinition(root.resolve("jobs/natorn-2568.yml"), definition);
        BenchmarkSets sets = new BenchmarkSets(python, bench.resolve("sets"), regenerate);
        BenchmarkSets.InputSet typical = sets.typical();
        describe(typical);

        // Untimed: the launcher's first run with this jar prepares its cache; both warm the page cache.
        ChildRun warm = officer(null, typical.folder(), Map.of()).run(fresh("warm-up"), log("warm-up-java"));
        String prepared = Files.readString(warm.log(), StandardCharsets.UTF_8).contains("เตรียม")
                ? ", including the launcher's one-time cache preparation" : " (cache already prepared)";
        System.out.printf("warm-up (not counted): launcher exit %d, %,d ms%s; launcher's Java: %s%n", warm.exit(),
                warm.wallMs(), prepared, launcherJava());
        if (python.baselinePython != null) {
            ChildRun warmPython = baseline(typical.folder()).run(fresh("warm-up-python"), log("warm-up-python"));
            System.out.printf("warm-up (not counted): baseline exit %d, %,d ms%n", warmPython.exit(), warmPython.wallMs());
        }

        if (cases.contains("typical")) {
            typicalOffice(typical);
        }
        if (cases.contains("offices")) {
            BenchmarkSets.InputSet offices = sets.offices();
            describe(offices);
            province(offices);
        }
        if (cases.contains("large")) {
            BenchmarkSets.InputSet large = sets.large();
            describe(large);
            largeSheet(large);
        }
        if (cases.contains("levers")) {
            levers(typical);
        }
        printTable();
        printRatios();
        System.out.printf("load average at end %s; logs and outputs in %s%n", loadAverage(), root.relativize(bench));
        return 0;
    }

    // --- cases ---

    private void typicalOffice(BenchmarkSets.InputSet set) throws Exception {
        Series java = new Series("typical", "java: target/ita-report");
        Series baseline = new Series("typical", "python: compile_report.py");
        alternate(pairs.get("typical"), map(java, officer(null, set.folder(), Map.of()), baseline,
                python.baselinePython != null ? baseline(set.folder()) : null));
        floor("typical", set.folder(), List.of(), pairs.get("typical"));
    }

    private void province(BenchmarkSets.InputSet set) throws Exception {
        Series java = new Series("offices", "java: target/ita-report offices");
        Series baseline = new Series("offices", "python: compile_report.py");
        Series rerun = new Series("offices", "java: the same, unchanged rerun");
        Command offices = officer("offices", set.folder(), Map.of());
        // The rerun goes into the full run's output folder of the same round: nothing changed since.
        Path[] lastFull = new Path[1];
        Map<Series, Command> commands = new LinkedHashMap<>();
        commands.put(java, (output, log) -> {
            lastFull[0] = output;
            return offices.run(output, log);
        });
        if (python.baselinePython != null) {
            commands.put(baseline, baseline(set.folder()));
        }
        commands.put(rerun, (output, log) -> offices.run(lastFull[0], log));
        rerun.note = "into the full run's output folder";
        alternate(pairs.get("offices"), commands);
        floor("offices", set.folder(), List.of(), 1);
    }

    private void largeSheet(BenchmarkSets.InputSet set) throws Exception {
        Series java = new Series("large", "java: target/ita-report -Xmx256m");
        Series baseline = new Series("large", "python: compile_report.py");
        alternate(pairs.get("large"), map(java, officer(null, set.folder(), Map.of("ITA_REPORT_JAVA_OPTS", "-Xmx256m")),
                baseline, python.baselinePython != null ? baseline(set.folder()) : null));
        floor("large", set.folder(), List.of("-Xmx256m"), 1);
    }

    /** Each start-up lever on Java 17 and the newest Java 25 or later found, on the typical office. */
    private void levers(BenchmarkSets.InputSet set) throws Exception {
        TreeMap<Integer, Path> javas = JavaHomes.find();
        List<Map.Entry<Integer, Path>> chosen = new ArrayList<>();
        if (javas.containsKey(17)) {
            chosen.add(Map.entry(17, javas.get(17)));
        }
        Map.Entry<Integer, Path> newest = javas.lastEntry();
        if (newest != null && newest.getKey() >= 25) {
            chosen.add(newest);
        }
        Map<Series, Command> commands = new LinkedHashMap<>();
        for (Map.Entry<Integer, Path> java : chosen) {
            String home = java.getValue().toString();
            String n = "Java " + java.getKey();
            // Untimed: prepares this Java's cache.
            officer(null, set.folder(), Map.of("JAVA_HOME", home)).run(fresh("levers-warm-up"), log("levers-warm-up-" + java.getKey()));
            commands.put(new Series("levers", n + ", java -jar (plain)"), plainJar(java.getValue(), set.folder()));
            commands.put(new Series("levers", n + ", launcher, no cache"),
                    officer(null, set.folder(), Map.of("JAVA_HOME", home, "ITA_REPORT_CACHE", "off")));
            commands.put(new Series("levers", n + ", launcher (cache, C1, Serial)"),
                    officer(null, set.folder(), Map.of("JAVA_HOME", home)));
            commands.put(new Series("levers", n + ", launcher, C2 too"), officer(null, set.folder(),
                    Map.of("JAVA_HOME", home, "ITA_REPORT_JAVA_OPTS", "-XX:TieredStopAtLevel=4")));
            commands.put(new Series("levers", n + ", launcher, G1 GC"), officer(null, set.folder(),
                    Map.of("JAVA_HOME", home, "ITA_REPORT_JAVA_OPTS", "-XX:+UseG1GC")));
        }
        if (python.baselinePython != null) {
            commands.put(new Series("levers", "python: compile_report.py"), baseline(set.folder()));
        }
        alternate(pairs.get("levers"), commands);
    }

    // --- running ---

    private static Map<Series, Command> map(Series a, Command first, Series b, Command second) {
        Map<Series, Command> commands = new LinkedHashMap<>();
        commands.put(a, first);
        if (second != null) {
            commands.put(b, second);
        }
        return commands;
    }

    /** {@code rounds} rounds, each running every command once in order (A B A B ...); rows from the first run. */
    private void alternate(int rounds, Map<Series, Command> commands) throws Exception {
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<Series, Command> entry : commands.entrySet()) {
                Series series = entry.getKey();
                String slug = slug(series.caseName + "-" + series.what + "-" + round);
                Path output = fresh(slug);
                ChildRun run = entry.getValue().run(output, log(slug));
                series.runs.add(run);
                if (series.rows == null) {
                    series.rows = series.what.startsWith("python") ? pythonRows(output) : javaRows(output);
                }
                if (run.exit() != 0 && series.note.isEmpty()) {
                    String reason = series.what.startsWith("python") ? null : rejectedFile(output);
                    series.note = "exit " + run.exit() + ": " + (reason != null ? reason : run.lastLine()) + " ("
                            + root.relativize(run.log()) + ")";
                }
                System.out.printf("  %-8s %-40s round %d: exit %d, %,8d ms wall, %,8d ms CPU, %,5d MB peak RSS%n",
                        series.caseName, series.what, round, run.exit(), run.wallMs(), run.cpuMs(),
                        run.peakRssKb() / 1024);
            }
        }
        for (Series series : commands.keySet()) {
            if (!table.contains(series)) {
                table.add(series);
            }
        }
    }

    /** The officer's launcher from another folder (target/benchmark), as an office runs it. */
    private Command officer(String commandWord, Path input, Map<String, String> environment) {
        return (output, log) -> {
            List<String> command = new ArrayList<>(List.of(launcher.toString()));
            if (commandWord != null) {
                command.add(commandWord);
            }
            command.addAll(List.of("--input=" + input, "--output=" + output, "--job=" + definition, PDF_OFF));
            Map<String, String> env = new HashMap<>();
            env.put("JAVA_HOME", null);
            env.put("ITA_REPORT_JAVA_OPTS", null);
            env.put("ITA_REPORT_CACHE", null);
            env.putAll(environment);
            return ChildRun.run(command, env, bench, log);
        };
    }

    private Command plainJar(Path javaHome, Path input) {
        return (output, log) -> ChildRun.run(List.of(javaHome.resolve("bin/java").toString(), "-jar", jar.toString(),
                "--input=" + input, "--output=" + output, "--job=" + definition, PDF_OFF), Map.of(), bench, log);
    }

    private Command baseline(Path input) {
        return (output, log) -> ChildRun.run(python.baseline(input, output), Map.of(), bench, log);
    }

    /** The bare parse floor over the same files, in a child JVM of the default Java. */
    private void floor(String caseName, Path input, List<String> jvmOptions, int runs) throws Exception {
        Series floor = new Series(caseName, "bare parse floor (JDK SAX)");
        for (int i = 1; i <= runs; i++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", root.resolve("target/test-classes").toString(), ParseFloor.class.getName(),
                    input.toString()));
            ChildRun run = ChildRun.run(command, Map.of(), bench, log(slug(caseName + "-floor-" + i)));
            floor.runs.add(run);
            Matcher m = FLOOR_LINE.matcher(Files.readString(run.log(), StandardCharsets.UTF_8));
            floor.note = m.find() ? "xml rows " + m.group(2) + ", in-JVM parse " + m.group(4) + " ms" : run.lastLine();
        }
        table.add(floor);
    }

    // --- reading outputs ---

    /** Totals of every report.json at the output's top or one office folder down. */
    private static Rows javaRows(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return null;
        }
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        int reports = 0;
        try (Stream<Path> walk = Files.walk(output, 2)) {
            for (Path report : walk.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
                JsonNode totals = JSON.readTree(report.toFile()).path("totals");
                read += totals.path("rowsRead").asLong();
                accepted += totals.path("rowsAccepted").asLong();
                rejected += totals.path("rowsRejected").asLong();
                reports++;
            }
        }
        return reports == 0 ? null : new Rows(read, accepted, rejected);
    }

    /** The first rejected file and its reason in any report.json of a run that wrote no report (exit 3). */
    private static String rejectedFile(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return null;
        }
        try (Stream<Path> walk = Files.walk(output, 4)) {
            for (Path report : walk.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
                for (JsonNode file : JSON.readTree(report.toFile()).path("files")) {
                    if (file.path("status").asString().equals("rejected")) {
                        return file.path("file").asString() + " rejected: " + file.path("reason").asString();
                    }
                }
            }
        }
        return null;
    }

    /** The baseline's summary.json (one office's, or the totals of many). */
    private static Rows pythonRows(Path output) throws IOException {
        Path summary = output.resolve("summary.json");
        if (!Files.isRegularFile(summary)) {
            return null;
        }
        JsonNode totals = JSON.readTree(summary.toFile());
        return new Rows(totals.path("rows_total").asLong(), totals.path("rows_accepted").asLong(),
                totals.path("rows_rejected").asLong());
    }

    // --- printing ---

    private void describe(BenchmarkSets.InputSet set) {
        System.out.printf("set %s: %s (%s)%s%n", set.name(), root.relativize(set.folder()), set.origin(),
                set.expected() != null ? "; manifest rows read/accepted/rejected " + set.expected() : "");
    }

    private void printTable() {
        System.out.println();
        String format = "%-8s %-40s %4s %4s %10s %10s %8s %12s  %s%n";
        System.out.printf(format, "case", "what", "runs", "exit", "wall ms", "CPU ms", "peak RSS", "rows r/a/r", "each run's wall ms; note");
        for (Series s : table) {
            String each = String.join(" / ", s.runs.stream().map(r -> String.format("%,d", r.wallMs())).toList());
            System.out.printf(format, s.caseName, s.what, s.runs.size(), s.exit(), String.format("%,d", s.wall()),
                    String.format("%,d", s.cpu()), s.peakRssMb() + " MB", s.rows == null ? "-" : s.rows.toString(),
                    each + (s.note.isEmpty() ? "" : "; " + s.note));
        }
        System.out.println("wall and CPU: medians; peak RSS: the highest of the runs; rows: read/accepted/rejected"
                + " (report.json totals; the baseline's summary.json)");
    }

    private void printRatios() {
        if (table.stream().noneMatch(s -> List.of("typical", "offices", "large").contains(s.caseName))) {
            return;
        }
        System.out.println();
        System.out.println("issue 15's ratios (medians, same run, same machine):");
        ratio("typical office, cold start to outputs, launcher / baseline", find("typical", "java: target/ita-report"),
                find("typical", "python"), 1.0, "<= 1.0 (aim 0.5)");
        ratio("200 offices x 6 x 12, offices / baseline", find("offices", "java: target/ita-report offices"),
                find("offices", "python"), 0.25, "<= 0.25 (aim 0.1)");
        ratio("50,000-row sheet, default limits, -Xmx256m / baseline", find("large", "java"), find("large", "python"),
                0.5, "<= 0.5");
        ratio("unchanged rerun of the 200 offices / full run", find("offices", "java: the same, unchanged rerun"),
                find("offices", "java: target/ita-report offices"), 0.2, "<= 0.2");
        Series province = find("offices", "java: target/ita-report offices");
        if (province != null) {
            System.out.printf("  %-58s %8s   target %-18s %s%n", "peak RSS, 200 offices (java)", province.peakRssMb() + " MB",
                    "<= 400 MB", province.peakRssMb() <= 400 ? "met" : "NOT MET");
        }
    }

    private static void ratio(String what, Series numerator, Series denominator, double target, String targetText) {
        if (numerator == null) {
            return;
        }
        if (denominator == null || denominator.runs.isEmpty()) {
            System.out.printf("  %-58s %8s   target %-18s %s%n", what, "-", targetText, "no baseline figure in this run");
            return;
        }
        double ratio = (double) numerator.wall() / Math.max(1, denominator.wall());
        String verdict = ratio <= target ? "met" : "NOT MET";
        if (numerator.exit() != 0 || denominator.exit() != 0) {
            Series failed = numerator.exit() != 0 ? numerator : denominator;
            verdict = "NOT COMPARABLE: " + failed.what + " exited " + failed.exit() + " (see its note above)";
        } else if (numerator.rows != null && denominator.rows != null && numerator.rows.read() == 0) {
            verdict = "NOT COMPARABLE: java read no rows";
        }
        System.out.printf("  %-58s %7.2fx   target %-18s %s%n", what, ratio, targetText, verdict);
    }

    private Series find(String caseName, String whatPrefix) {
        return table.stream().filter(s -> s.caseName.equals(caseName) && s.what.startsWith(whatPrefix)).findFirst()
                .orElse(null);
    }

    // --- small things ---

    /** The Java of the launcher's cache made most recently: target/cache/<jar>/java<major>-<id>. */
    private String launcherJava() throws IOException {
        Path cache = root.resolve("target/cache");
        if (!Files.isDirectory(cache)) {
            return "unknown (no cache)";
        }
        try (Stream<Path> walk = Files.walk(cache, 3)) {
            return walk.filter(p -> p.getFileName().toString().matches("app\\.(aot|jsa)"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .map(p -> "Java " + p.getParent().getFileName().toString().replaceAll("^java(\\d+)-.*", "$1")
                            + (p.toString().endsWith(".aot") ? " with its AOT cache" : " with its CDS archive"))
                    .orElse("unknown (no class cache made: see target/cache/*/*/prepare.log)");
        }
    }

    private Path fresh(String slug) throws IOException {
        Path output = bench.resolve("out").resolve(slug);
        BenchmarkInputs.clear(output);
        Files.delete(output); // the job and the baseline make it themselves
        return output;
    }

    private Path log(String slug) {
        return bench.resolve("logs").resolve(slug + ".log");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String slug(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase();
    }
}
