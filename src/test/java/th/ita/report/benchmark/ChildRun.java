package th.ita.report.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One measured child process: wall time from start to exit, CPU time (user + system) and peak RSS
 * ({@code VmHWM}), both polled from {@code /proc/<pid>} every 5 ms while it runs (so only the last
 * few ms before exit can be missed). The launcher {@code exec}s its JVM, so the figures are the JVM's.
 */
record ChildRun(long wallMs, long cpuMs, long peakRssKb, int exit, Path log) {

    /** Linux's clock tick for /proc/<pid>/stat (USER_HZ, 100 on every x86 and arm Linux). */
    private static final long TICKS_PER_SECOND = 100;

    /** Runs the command in {@code folder} with the environment changed by {@code environment} (null value = removed). */
    static ChildRun run(List<String> command, Map<String, String> environment, Path folder, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        long start = System.nanoTime();
        Process process = builder.start();
        AtomicLong hwm = new AtomicLong(-1);
        AtomicLong cpu = new AtomicLong(-1);
        Path proc = Path.of("/proc", String.valueOf(process.pid()));
        Thread poller = new Thread(() -> {
            while (process.isAlive()) {
                long kb = vmHwm(proc.resolve("status"));
                if (kb > 0) {
                    hwm.accumulateAndGet(kb, Math::max);
                }
                long ms = cpuMs(proc.resolve("stat"));
                if (ms >= 0) {
                    cpu.accumulateAndGet(ms, Math::max);
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
        return new ChildRun(wall, cpu.get(), hwm.get(), exit, log);
    }

    /** The log's last non-blank line (a failed run's reason). */
    String lastLine() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "(no output)";
    }

    private static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Exited (or a zombie with no memory figures left): keep the last value.
        }
        return -1;
    }

    /** utime + stime of the process (fields 14 and 15 of /proc/<pid>/stat, counted after the command name). */
    private static long cpuMs(Path stat) {
        try {
            String text = Files.readString(stat, StandardCharsets.UTF_8);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime field 15.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
