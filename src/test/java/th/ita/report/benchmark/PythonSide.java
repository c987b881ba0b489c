package th.ita.report.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The Python side of the benchmark, from the shared {@code bench/} folder: the workbook generator
 * ({@code gen_workbooks.py}, needs xlsxwriter) and the baseline ({@code peer_python/compile_report.py},
 * needs pandas, openpyxl, python-docx and jinja2). Either may be missing on a fresh machine; the
 * benchmark then says so and goes on without it.
 */
final class PythonSide {

    private static final String GENERATOR_MODULES = "xlsxwriter";
    private static final String BASELINE_MODULES = "pandas, openpyxl, docx, jinja2";

    /** The shared bench/ folder, or null when not found. */
    final Path bench;
    /** A python3 that can run the generator, or null. */
    final String generatorPython;
    /** A python3 that can run the baseline, or null. */
    final String baselinePython;
    /** What was found, for the report's heading. */
    final String description;

    private PythonSide(Path bench, String generatorPython, String baselinePython, String description) {
        this.bench = bench;
        this.generatorPython = generatorPython;
        this.baselinePython = baselinePython;
        this.description = description;
    }

    /**
     * Looks for bench/ ({@code benchOption}, else {@code ../shared/bench} beside the project, else
     * {@code /work/shared/bench}) and for a python3 with the packages: {@code $ITA_BENCH_PYTHON},
     * {@code python3} on PATH, {@code /usr/bin/python3}, the first that has them.
     */
    static PythonSide find(Path root, String benchOption) {
        Path bench = null;
        List<Path> folders = benchOption != null ? List.of(Path.of(benchOption))
                : List.of(root.resolve("../shared/bench").normalize(), Path.of("/work/shared/bench"));
        for (Path folder : folders) {
            if (Files.isRegularFile(folder.resolve("gen_workbooks.py"))) {
                bench = folder.toAbsolutePath();
                break;
            }
        }
        if (bench == null) {
            return new PythonSide(null, null, null, "bench/ (gen_workbooks.py, peer_python/) not found in " + folders
                    + ": no generated sets, no baseline");
        }
        Set<String> pythons = new LinkedHashSet<>();
        String chosen = System.getenv("ITA_BENCH_PYTHON");
        if (chosen != null && !chosen.isBlank()) {
            pythons.add(chosen);
        }
        pythons.add("python3");
        pythons.add("/usr/bin/python3");
        String generator = null;
        String baseline = null;
        for (String python : pythons) {
            if (generator == null && imports(python, GENERATOR_MODULES)) {
                generator = python;
            }
            if (baseline == null && imports(python, BASELINE_MODULES)) {
                baseline = python;
            }
        }
        String description = "bench/ " + bench + "; generator: "
                + (generator != null ? generator + " " + versions(generator, "xlsxwriter")
                        : "no python3 with xlsxwriter (apt-get install python3-xlsxwriter)")
                + "; baseline: " + (baseline != null ? baseline + " " + versions(baseline, "pandas, openpyxl, docx")
                        : "no python3 with pandas, openpyxl, python-docx, jinja2 (apt-get install python3-pandas"
                                + " python3-openpyxl python3-docx python3-jinja2): Java figures only");
        return new PythonSide(bench, generator, baseline, description);
    }

    /** The generator's command for a set (seed 1, messy, fiscal year 2568). */
    List<String> generate(Path out, int orgs, int departments, int rows) {
        return List.of(generatorPython, bench.resolve("gen_workbooks.py").toString(), out.toString(),
                "--orgs", String.valueOf(orgs), "--depts-per-org", String.valueOf(departments),
                "--rows-per-dept", String.valueOf(rows), "--layout", "messy", "--seed", "1");
    }

    /** The baseline's command on an input folder (one office or a folder of offices). */
    List<String> baseline(Path input, Path output) {
        return List.of(baselinePython, bench.resolve("peer_python/compile_report.py").toString(), input.toString(),
                output.toString(), "--year", "2568");
    }

    private static boolean imports(String python, String modules) {
        return output(List.of(python, "-c", "import " + modules)) != null;
    }

    /** "python 3.11.2, pandas 1.5.3, ..." */
    private static String versions(String python, String modules) {
        List<String> parts = new ArrayList<>(List.of("'python ' + sys.version.split()[0]"));
        for (String module : modules.split(",\\s*")) {
            parts.add("'" + module + " ' + getattr(" + module + ", '__version__', '?')");
        }
        String text = output(List.of(python, "-c", "import sys, " + modules + "; print(', '.join(["
                + String.join(", ", parts) + "]))"));
        return text == null ? "" : "(" + text.strip() + ")";
    }

    /** The command's standard output, or null when it cannot run or fails. */
    private static String output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
