package th.ita.report.output.publishing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import th.ita.report.Child;
import th.ita.report.ItaReportApplication;
import th.ita.report.SampleInput;
import th.ita.report.cli.Launcher;
import th.ita.report.intake.TestWorkbooks;

/**
 * A check to run by hand (not a unit test: it takes minutes): kill -9 at random moments of N runs
 * whose input changes each time, and after each kill look at what a reader finds. Prints one line
 * per kill and the totals. Run from the project folder after {@code ./mvnw test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) th.ita.report.output.publishing.RandomKills 20}
 */
public final class RandomKills {

    private RandomKills() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 1);
        Path work = Files.createTempDirectory("random-kills");
        Path input = SampleInput.copyInto(work.resolve("input"));
        Path output = work.resolve("output");
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        if (Launcher.run(quiet, new String[] {"--input=" + input, "--output=" + output, Child.job(),
                "--ita.pdf.enabled=false"}) != 0) {
            throw new IllegalStateException("the first run failed");
        }
        // How long one run takes here, as a child: the kills fall anywhere from its start to past its end.
        TestWorkbooks.xlsx(input.resolve("เพิ่ม-0.xlsx"), "กองสวัสดิการสังคม",
                new String[] {"1", "ขั้นตอนที่ 0", "ก.พ. 2568", "", "ผล 0", ""});
        long started = System.nanoTime();
        Process timed = Child.start(ItaReportApplication.class, List.of("--input=" + input, "--output=" + output,
                Child.job(), "--ita.pdf.enabled=false"));
        timed.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        timed.waitFor();
        long runMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("one run takes %d ms here; kills fall between %d and %d ms%n", runMillis, runMillis / 5,
                runMillis * 8 / 5);
        int whole = 0;
        int torn = 0;
        int finished = 0;
        int published = 0;
        for (int i = 1; i <= kills; i++) {
            TestWorkbooks.xlsx(input.resolve("เพิ่ม-" + i + ".xlsx"), "กองสวัสดิการสังคม",
                    new String[] {"1", "ขั้นตอนที่ " + i, "ก.พ. 2568", "", "ผล " + i, ""});
            String before = Publisher.latestRun(output, 2568).orElse("");
            Process child = Child.start(ItaReportApplication.class, List.of("--input=" + input, "--output=" + output,
                    Child.job(), "--ita.pdf.enabled=false"));
            Thread drain = new Thread(() -> {
                try {
                    child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    // the child was killed
                }
            });
            drain.start();
            long delay = runMillis / 5 + random.nextInt((int) (runMillis * 7 / 5));
            boolean ended = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (ended) {
                finished++;
            } else {
                child.destroyForcibly();
                child.waitFor();
            }
            String problem = problem(output);
            if (problem == null) {
                whole++;
            } else {
                torn++;
            }
            boolean newer = !Publisher.latestRun(output, 2568).orElse("").equals(before);
            published += newer ? 1 : 0;
            System.out.printf("kill %2d after %4d ms: %s%s (%s)%n", i, delay, ended ? "run had finished; " : "",
                    problem == null ? "one complete run published" : "TORN: " + problem,
                    newer ? "the killed run's" : "the previous run's");
        }
        int last = Launcher.run(quiet, new String[] {"--input=" + input, "--output=" + output, Child.job(),
                "--ita.pdf.enabled=false"});
        List<String> leftovers = leftovers(output);
        System.out.printf("%d kills: %d left one complete run published (%d the killed run's own, %d the previous"
                + " run's), %d torn; %d runs had finished before their kill; next run exit %d, left over after it: %s%n",
                kills, whole, published, kills - published, torn, finished, last,
                leftovers.isEmpty() ? "nothing" : leftovers);
    }

    /** What a reader would find wrong, or null when latest and the top-level files are one complete run. */
    static String problem(Path output) throws IOException {
        Path latest = output.resolve("2568").resolve(Publisher.LATEST);
        if (!Files.isDirectory(latest)) {
            return "no latest";
        }
        Path run = latest.toRealPath();
        for (String file : List.of("memo.docx", "report.html", "report.json", "validation.html", "validation.xlsx")) {
            if (!Files.isRegularFile(latest.resolve(file)) || Files.size(latest.resolve(file)) == 0) {
                return "latest/" + file + " missing or empty";
            }
        }
        Set<Path> sources;
        try (Stream<Path> top = Files.list(output)) {
            sources = top.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))
                    .map(p -> {
                        try {
                            return p.toRealPath().getParent();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).collect(Collectors.toSet());
        }
        return sources.equals(Set.of(run)) ? null : "top-level files from " + sources + ", latest is " + run;
    }

    static List<String> leftovers(Path output) throws IOException {
        try (Stream<Path> all = Files.walk(output)) {
            return all.map(p -> output.relativize(p).toString())
                    .filter(name -> name.endsWith(".partial") || name.endsWith(".link") || name.contains(".pdf-work")
                            || name.contains(".latest-") || (name.startsWith(".work/") && !name.equals(".work")))
                    .toList();
        }
    }
}
