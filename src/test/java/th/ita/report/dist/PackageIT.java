package th.ita.report.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package to unzip on the office PC (issue 14), as {@code package} made it:
 * {@code target/ita-report-<version>.zip}. An integration test (failsafe, {@code verify}): the zip
 * exists only after {@code package}, which runs after the unit tests.
 */
class PackageIT {

    /** A launcher run that takes longer than this is stuck (a first run trains for about half a minute). */
    private static final long TIMEOUT_MINUTES = 5;

    private static Path zip;
    private static String base;

    @BeforeAll
    static void findZip() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> zips = files.filter(p -> p.getFileName().toString().matches("ita-report-.+\\.zip")).toList();
            assertThat(zips).as("target/ita-report-<version>.zip (made by package)").hasSize(1);
            zip = zips.get(0);
        }
        String name = zip.getFileName().toString();
        base = name.substring(0, name.length() - ".zip".length()) + "/";
    }

    @Test
    void holdsTheProgramTheLaunchersTheDefinitionAndTheServiceFiles() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Integer> modes = new LinkedHashMap<>();
        List<String> folders = new ArrayList<>();
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
                assertThat(entry.getName()).as("everything is in one folder").startsWith(base);
                String name = entry.getName().substring(base.length());
                if (entry.isDirectory()) {
                    folders.add(name);
                } else {
                    try (InputStream in = archive.getInputStream(entry)) {
                        files.put(name, in.readAllBytes());
                    }
                    modes.put(name, entry.getUnixMode() & 0777);
                }
            }
        }
        // The jar is the runnable Spring Boot jar, not the plain one.
        assertThat(files).containsKey("ita-report.jar");
        String manifest = manifestOf(files.get("ita-report.jar"));
        assertThat(manifest).contains("Start-Class: th.ita.report.ItaReportApplication");

        assertThat(files.keySet()).anyMatch(name -> name.matches("jobs/[^/]+\\.yml"));
        assertThat(folders).contains("input/");
        assertThat(files.keySet()).as("input/ is empty").noneMatch(name -> name.startsWith("input/"));
        assertThat(files.keySet()).as("the sample workbooks (also the launchers' training input)")
                .filteredOn(name -> name.startsWith("sample/") && name.matches(".*\\.xls[xm]?")).hasSizeGreaterThanOrEqualTo(4);

        // Linux/macOS: executable, LF only. Windows: CRLF only.
        assertThat(modes.get("ita-report")).isEqualTo(0755);
        assertThat(text(files, "ita-report")).startsWith("#!/bin/sh\n").doesNotContain("\r");
        assertThat(lineEndingsOf(files, "ita-report.cmd")).isEqualTo("CRLF");
        assertThat(text(files, "ita-report.cmd")).startsWith("@echo off").contains("-Dita.home=");
        assertThat(text(files, "ita-report")).contains("-Dita.home=");

        // The nightly service: Task Scheduler task with its install scripts, and a systemd unit.
        assertThat(text(files, "service/ita-report-task.xml")).contains("<BootTrigger>", "ita-report.cmd\" serve");
        for (String windows : List.of("service/ita-report-task.xml", "service/install-service.cmd",
                "service/install-service.ps1", "service/uninstall-service.cmd")) {
            assertThat(lineEndingsOf(files, windows)).as(windows).isEqualTo("CRLF");
        }
        assertThat(files.get("service/install-service.ps1")).as("UTF-8 with BOM, so Windows PowerShell reads its Thai")
                .startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text(files, "service/install-service.cmd")).contains("install-service.ps1");
        assertThat(text(files, "service/ita-report.service")).doesNotContain("\r")
                .contains("[Service]", "ExecStart=/opt/ita-report/ita-report serve", "WantedBy=multi-user.target");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void shellLauncherCompilesTheSampleFromAnotherFolderAndStartsFromItsCacheAfterwards(@TempDir Path temp)
            throws Exception {
        Path home = unzip(temp.resolve("unzipped"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

        // First run: no JAVA_HOME, so the launcher picks the newest Java it finds; it prepares the cache.
        Run first = launch(home, elsewhere, null, temp.resolve("out-1"));
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(temp.resolve("out-1/report.html")).isNotEmptyFile();
        assertThat(first.output()).contains("สรุปการรวบรวมรายงาน");
        Path archive = onlyArchive(home);

        // Second run: from the cache, with nothing from the JVM on the console.
        Run second = launch(home, elsewhere, null, temp.resolve("out-2"));
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(temp.resolve("out-2/report.html")).isNotEmptyFile();
        assertThat(second.output()).doesNotContain("เตรียม").doesNotContainPattern("(?m)^\\[|warning|error");
        // No English log line by default: every line the officer sees is Thai.
        assertThat(second.output().lines().filter(line -> !line.isBlank()))
                .isNotEmpty().allSatisfy(line -> assertThat(line).containsPattern("[\\u0E01-\\u0E5B]"));

        // A cache the JVM cannot use is no reason to fail, nor to talk about it.
        Files.write(archive, "not a class cache".getBytes(StandardCharsets.US_ASCII));
        Run spoiled = launch(home, elsewhere, null, temp.resolve("out-3"));
        assertThat(spoiled.exit()).as(spoiled.output()).isZero();
        assertThat(temp.resolve("out-3/report.html")).isNotEmptyFile();
        assertThat(spoiled.output()).doesNotContainPattern("(?m)^\\[|warning|error");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void shellLauncherUsesJavaHomeWhenSet(@TempDir Path temp) throws Exception {
        Path home = unzip(temp.resolve("unzipped"));
        Path javaHome = Path.of(System.getProperty("java.home"));
        int major = Runtime.version().feature();

        Run run = launch(home, Files.createDirectories(temp.resolve("elsewhere")), javaHome, temp.resolve("out"));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(temp.resolve("out/report.html")).isNotEmptyFile();
        // The cache is made for that Java: an AOT cache from 25 on, a CDS archive before.
        assertThat(onlyArchive(home).toString()).contains("/java" + major + "-")
                .endsWith(major >= 25 ? "app.aot" : "app.jsa");
    }

    record Run(int exit, String output) {
    }

    /** The launcher, started in {@code folder}, compiles the package's sample into {@code output}. */
    private static Run launch(Path home, Path folder, Path javaHome, Path output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("ita-report").toString(),
                "--input=" + home.resolve("sample"), "--output=" + output, "--ita.pdf.enabled=false")
                .directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("ITA_REPORT_JAVA_OPTS");
        builder.environment().remove("ITA_REPORT_CACHE");
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome.toString());
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("launcher still running after " + TIMEOUT_MINUTES + " minutes");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The one class cache under the package's cache/ folder. */
    private static Path onlyArchive(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home.resolve("cache"))) {
            List<Path> archives = files.filter(p -> p.getFileName().toString().matches("app\\.(aot|jsa)")).toList();
            assertThat(archives).as("one class cache in " + home.resolve("cache")).hasSize(1);
            return archives.get(0);
        }
    }

    /** Unzips the package as unzip(1) does, file modes included; returns the program's folder. */
    private static Path unzip(Path target) throws IOException {
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
                Path path = target.resolve(entry.getName()).normalize();
                assertThat(path.startsWith(target)).as(entry.getName() + " stays in the folder").isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, path);
                }
                int mode = entry.getUnixMode() & 0777;
                if (mode != 0) {
                    Files.setPosixFilePermissions(path, permissions(mode));
                }
            }
        }
        return target.resolve(base);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder text = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
        }
        return PosixFilePermissions.fromString(text.toString());
    }

    private static String manifestOf(byte[] jar) throws IOException {
        try (var in = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            var out = new java.io.ByteArrayOutputStream();
            in.getManifest().write(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String text(Map<String, byte[]> files, String name) {
        assertThat(files).containsKey(name);
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /** "CRLF" when every line ends with CR LF, "LF" when none does, else "mixed". */
    private static String lineEndingsOf(Map<String, byte[]> files, String name) {
        String text = text(files, name);
        long lines = text.chars().filter(c -> c == '\n').count();
        long crlf = text.split("\r\n", -1).length - 1;
        assertThat(lines).as(name + " has lines").isPositive();
        return crlf == lines ? "CRLF" : crlf == 0 ? "LF" : "mixed";
    }
}
