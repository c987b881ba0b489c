package th.ita.report.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's input sets, made once into {@code target/benchmark/sets/} by the shared generator
 * ({@code gen_workbooks.py}, seed 1, messy layout, as in issue 15): the typical office (1 × 6
 * departments × 10 rows), the province (200 offices × 6 × 12) and one 50,000-row sheet. Without a
 * python3 that has xlsxwriter, sets of the same shape are made with POI instead ({@link BenchmarkInputs},
 * clean layout), and said to be so: their figures are not the issue's.
 */
record BenchmarkSets(PythonSide python, Path sets, boolean regenerate) {

    /** An input folder and where it came from; {@code expected} is the generator's manifest, or null. */
    record InputSet(String name, Path folder, String origin, Expected expected) {
    }

    /** Rows a correct job reads, accepts and rejects (the generator's manifest totals). */
    record Expected(long read, long accepted, long rejected) {
        @Override
        public String toString() {
            return String.format("%,d/%,d/%,d", read, accepted, rejected);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    InputSet typical() throws IOException, InterruptedException {
        return make("typical", 1, 6, 10);
    }

    /** The province: one folder per office, each with a {@code job.yml} naming the office (from orgs.json). */
    InputSet offices() throws IOException, InterruptedException {
        InputSet set = make("offices", Benchmark.OFFICES, Benchmark.DEPARTMENTS_PER_OFFICE, Benchmark.ROWS_PER_DEPARTMENT);
        Path orgs = set.folder().resolve("orgs.json");
        if (Files.isRegularFile(orgs)) {
            for (Map.Entry<String, JsonNode> org : JSON.readTree(orgs.toFile()).properties()) {
                Path office = set.folder().resolve(org.getKey());
                if (Files.isDirectory(office)) {
                    Files.writeString(office.resolve("job.yml"), officeDefinition(org.getValue()), StandardCharsets.UTF_8);
                }
            }
        }
        return set;
    }

    InputSet large() throws IOException, InterruptedException {
        return make("large", 1, 1, Benchmark.LARGE_ROWS);
    }

    /** The generator's set of that shape, made when missing (or when asked to); POI's when there is no generator. */
    private InputSet make(String name, int orgs, int departments, int rows) throws IOException, InterruptedException {
        Path folder = sets.resolve(name);
        Path manifest = sets.resolve(name + ".manifest.json");
        Path javaMade = sets.resolve(name + ".java-made");
        String shape = orgs + " x " + departments + " x " + rows;
        if (python.generatorPython != null) {
            if (regenerate || !Files.isRegularFile(manifest) || !Files.isDirectory(folder) || Files.exists(javaMade)) {
                BenchmarkInputs.clear(folder);
                Files.deleteIfExists(javaMade);
                Files.deleteIfExists(manifest);
                long start = System.nanoTime();
                ChildRun run = ChildRun.run(python.generate(folder, orgs, departments, rows), Map.of(), sets,
                        sets.resolve(name + ".generator.log"));
                if (run.exit() != 0 || !Files.isRegularFile(manifest)) {
                    throw new IOException("gen_workbooks.py failed for " + name + ": " + run.lastLine());
                }
                System.out.printf("generated %s (%s, gen_workbooks.py seed 1 messy) in %,d ms%n", folder, shape,
                        (System.nanoTime() - start) / 1_000_000);
            }
            JsonNode totals = JSON.readTree(manifest.toFile()).path("totals");
            Expected expected = new Expected(totals.path("rows_total").asLong(), totals.path("rows_accepted").asLong(),
                    totals.path("rows_rejected").asLong());
            return new InputSet(name, folder, "gen_workbooks.py seed 1 messy, " + shape, expected);
        }
        if (regenerate || !Files.isRegularFile(javaMade)) {
            Files.deleteIfExists(manifest);
            if (name.equals("large")) {
                BenchmarkInputs.largeWorkbook(folder, rows);
            } else if (orgs == 1) {
                BenchmarkInputs.departmentWorkbooks(folder, BenchmarkInputs.OFFICE_DEPARTMENTS, rows, 1);
            } else {
                BenchmarkInputs.manyOffices(folder, orgs, departments, rows, 1);
            }
            Files.writeString(javaMade, shape);
        }
        return new InputSet(name, folder, "made with POI (no generator): clean layout, " + shape
                + " - not the issue's set", null);
    }

    private static String officeDefinition(JsonNode org) {
        return "# This office's own values (written by the benchmark from the generator's orgs.json).\n"
                + "organisation:\n"
                + "  name: " + quoted(org.path("name").asString()) + "\n"
                + "  short-name: " + quoted(org.path("short").asString()) + "\n"
                + "  district: " + quoted(org.path("district").asString()) + "\n"
                + "  province: " + quoted(org.path("province").asString()) + "\n";
    }

    /** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
