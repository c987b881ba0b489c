package th.ita.report.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import tools.jackson.core.JacksonException;

import th.ita.report.report.ReportJson;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.job.RunSummary;
import th.ita.report.output.overview.Overview;
import th.ita.report.output.overview.OverviewWriter;
import th.ita.report.output.publishing.Publisher;
import th.ita.report.report.DocumentText;
import th.ita.report.report.EmblemImage;
import th.ita.report.run.ExitCode;
import th.ita.report.run.RunHistory;
import th.ita.report.text.Numerals;
import th.ita.report.validation.DepartmentDirectory;

/**
 * The serve mode's status page, as the model of {@code templates/status/status.html} (rendered by
 * Spring MVC's Thymeleaf view; every value goes through th:text, escaped): what needs the officer
 * (departments still missing, the Garuda emblem, the last error, e-mails that failed), the next
 * scheduled run, the last run and its figures (from the job repository), where each expected
 * department of the job definition stands (from {@code output/report.json}), links to the latest
 * outputs, and the run history. In offices mode it shows the overview of every office
 * ({@code overview.json}) instead of one office's departments. Digits are Arabic on this page (it
 * is the officer's tool, not a published document); dates are Thai.
 */
@Component
public class StatusPage {

    static final int HISTORY = 20;

    /**
     * What the page is about: one serve process's folders, its schedule and its last attempt.
     *
     * @param busy    a run is going or waits for the scheduler's thread
     * @param offices the output folder holds many offices ({@code serve --offices})
     */
    public record Site(Path output, Path definition, NightlySchedule schedule, NightlyRun.Attempt attempt, boolean busy,
                       boolean offices) {
    }

    /** One job execution as the page shows it. */
    public record Run(long id, String started, String finished, String status, String statusWord, String exitCode,
               String outcome, long filesRead, long filesRejected, long filesIgnored, long filesDeferred,
               int rowsRead, int rowsAccepted, int rowsRejected, int warnings, String runFolder, String missing,
               boolean reportWritten, String failure, List<RunSummary.Mail> mail) {

        public boolean failed() {
            return statusWord.equals("failed");
        }
    }

    /** A problem of a department's file, from report.json. */
    public record Problem(String severity, String file, String place, String message) {
    }

    /** Where an expected department stands: submitted, rejected, deferred or missing. */
    public record Department(String name, String status, List<String> files, int rowsAccepted, int rowsRejected,
                      List<Problem> problems) {

        public long errors() {
            return problems.stream().filter(p -> p.severity().equals("error")).count();
        }

        public long warnings() {
            return problems.stream().filter(p -> p.severity().equals("warning")).count();
        }
    }

    /** A latest output file: its fixed address, and when it was written (null when there is none). */
    public record Link(String name, String href, String label, String modified) {

        public boolean present() {
            return modified != null;
        }
    }

    /** The last attempt of this process, worded. */
    public record AttemptLine(String started, String outcome, boolean succeeded, List<String> summary) {
    }

    /** One office of the overview, with the addresses of its published pages here (null when it has none). */
    public record OfficeRow(String name, String state, int rowsRead, int rowsAccepted, int rowsRejected,
                            String missing, String reason, String report, String validation) {
    }

    /** What needs the officer, at the top of the page; empty lists and nulls when nothing does. */
    public record Attention(List<String> missing, List<String> rejected, String emblem, String lastError,
                            List<RunSummary.Mail> mailFailed, long officesFailed, long officesNoReport) {

        public boolean any() {
            return !missing.isEmpty() || !rejected.isEmpty() || emblem != null || lastError != null
                    || !mailFailed.isEmpty() || officesFailed > 0 || officesNoReport > 0;
        }
    }

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final MessageSource messages;
    private final RunHistory runs;
    private final JobDefinitionLoader loader;
    private final Clock clock;

    StatusPage(MessageSource messages, RunHistory runs, JobDefinitionLoader loader, Clock clock) {
        this.messages = messages;
        this.runs = runs;
        this.loader = loader;
        this.clock = clock;
    }

    /** The page's model: everything the template shows, read afresh for each request. */
    Map<String, Object> model(Site site) {
        ZoneId zone = site.schedule().zone();
        Map<String, Object> model = new HashMap<>();
        model.put("offices", site.offices());
        model.put("generated", time(ZonedDateTime.now(clock), zone));
        model.put("nextRun", time(site.schedule().nextRun(clock), zone));
        model.put("cron", site.schedule().expression());
        model.put("zone", zone.getId());
        model.put("running", site.busy());
        model.put("outputFolder", site.output().toAbsolutePath().normalize().toString());
        NightlyRun.Attempt attempt = site.attempt();
        model.put("attempt", attempt == null ? null : new AttemptLine(time(attempt.started(), zone),
                outcome(attempt.exitCode(), site.offices()), attempt.succeeded(), attempt.summary()));

        JobDefinition definition = null;
        try {
            definition = loader.load(site.definition());
        } catch (JobDefinitionException e) {
            model.put("definitionError", message(e.code(), e.arguments()));
        }
        model.put("organisation", definition == null || definition.organisation() == null ? null
                : definition.organisation().name());
        model.put("fiscalYear", definition == null ? null : String.valueOf(definition.fiscalYear()));
        String emblem = definition == null ? null
                : EmblemImage.notice(definition, site.definition(), messages).orElse(null);
        model.put("emblemNotice", emblem);
        model.put("links", links(site.output(), zone, site.offices()));

        String lastError = lastError(attempt, site.offices());
        if (site.offices()) {
            // The run history lists one office's compile runs; here the overview says where every office stands.
            List<OfficeRow> offices = offices(site.output(), model);
            model.put("officeRows", offices);
            model.put("attention", new Attention(List.of(), List.of(), emblem, lastError, List.of(),
                    count(offices, Overview.State.FAILED), count(offices, Overview.State.NO_REPORT)));
            return model;
        }

        List<Run> history = history(zone);
        Run lastRun = history.isEmpty() ? null : history.get(0);
        model.put("lastRun", lastRun);
        model.put("history", history);

        Path reportFile = Publisher.published(site.output(), "report.json").orElse(null);
        ReportJson.Document report = null;
        if (reportFile != null) {
            try {
                report = ReportJson.read(reportFile);
            } catch (JacksonException e) {
                model.put("reportError", message("serve.departments.unreadable", e.getOriginalMessage()));
            }
        } else {
            model.put("reportError", message("serve.departments.noReport"));
        }
        if (report != null && definition != null && report.fiscalYear() != definition.fiscalYear()) {
            model.put("reportYear", message("serve.departments.otherYear",
                    String.valueOf(report.fiscalYear()), String.valueOf(definition.fiscalYear())));
        }
        model.put("reportGenerated", report == null || report.generatedAt() == null ? null
                : generatedAt(report.generatedAt(), zone));
        List<Department> departments = definition == null ? List.of() : departments(definition, report);
        model.put("departments", departments);

        if (lastError == null && attempt == null && lastRun != null && lastRun.failed()) {
            // Nothing ran in this process yet: the last run recorded (a compile before serve started) says it.
            lastError = lastRun.failure() != null ? lastRun.failure() : lastRun.outcome();
        }
        model.put("attention", new Attention(names(departments, "missing"), names(departments, "rejected"), emblem,
                lastError, lastRun == null ? List.of() : lastRun.mail().stream().filter(RunSummary.Mail::failed).toList(), 0, 0));
        return model;
    }

    /**
     * What went wrong in this process's last run: the reason lines of a failed run; for a run that
     * found no usable file, that alone (in offices mode the overview shows which offices).
     */
    private String lastError(NightlyRun.Attempt attempt, boolean offices) {
        if (attempt == null || attempt.succeeded()) {
            return null;
        }
        if (attempt.exitCode() == ExitCode.NO_REPORT) {
            return offices ? null : outcome(ExitCode.NO_REPORT, false);
        }
        return String.join(" ", attempt.summary());
    }

    /** A run's outcome in words; in offices mode "no report" is some offices', not the run's. */
    private String outcome(ExitCode exitCode, boolean offices) {
        return message((offices && exitCode == ExitCode.NO_REPORT ? "serve.outcome.offices." : "serve.outcome.")
                + exitCode.code());
    }

    private static List<String> names(List<Department> departments, String status) {
        return departments.stream().filter(d -> d.status().equals(status)).map(Department::name).toList();
    }

    private static long count(List<OfficeRow> offices, Overview.State state) {
        return offices.stream().filter(o -> o.state().equals(state.name())).count();
    }

    /** Every office of the overview written last, with links to its published pages served here. */
    private List<OfficeRow> offices(Path output, Map<String, Object> model) {
        Overview overview;
        try {
            overview = OverviewWriter.read(output).orElse(null);
        } catch (IOException | JacksonException e) {
            model.put("overviewError", message("serve.overview.unreadable", e.getMessage()));
            return List.of();
        }
        if (overview == null) {
            model.put("overviewError", message("serve.overview.none"));
            return List.of();
        }
        model.put("overviewGenerated", time(overview.generatedAt().atZoneSameInstant(ThaiDates.BANGKOK),
                ThaiDates.BANGKOK));
        List<String> names = overview.offices().stream().map(Overview.Office::office).toList();
        List<OfficeRow> rows = new ArrayList<>();
        for (Overview.Office o : overview.offices()) {
            Path folder = PublishedFiles.officeFolder(output, o.office(), names).orElse(null);
            rows.add(new OfficeRow(o.office(), o.state().name(), o.rowsRead(), o.rowsAccepted(), o.rowsRejected(),
                    String.join(", ", o.missingDepartments() == null ? List.of() : o.missingDepartments()), o.reason(),
                    officeFile(folder, o.office(), o.state() == Overview.State.COMPILED ? "report.html" : null),
                    officeFile(folder, o.office(), o.state() == Overview.State.COMPILED ? "validation.html" : null)));
        }
        return rows;
    }

    /** The address of an office's published file here, when it has one (only a compiled office's are its latest). */
    private static String officeFile(Path folder, String office, String name) {
        if (folder == null || name == null || PublishedFiles.find(folder, name, PublishedFiles.OFFICE).isEmpty()) {
            return null;
        }
        return StatusController.FILES + UriUtils.encodePathSegment(office, StandardCharsets.UTF_8) + "/" + name;
    }

    /** The last {@value #HISTORY} runs, newest first, as the history command lists them. */
    private List<Run> history(ZoneId zone) {
        return runs.recent(HISTORY).stream().map(run -> run(run, zone)).toList();
    }

    private Run run(RunHistory.Run run, ZoneId zone) {
        String status = run.status().name();
        String exitCode = run.exitCode();
        RunSummary s = run.summary().orElse(null);
        return new Run(run.id(), time(run.started(), zone), time(run.finished(), zone),
                label("serve.batchStatus." + status, status), word(status), exitCode,
                label("serve.exitStatus." + exitCode, exitCode),
                s == null ? 0 : s.filesRead(), s == null ? 0 : s.filesRejected(), s == null ? 0 : s.filesIgnored(),
                s == null ? 0 : s.filesDeferred(), s == null ? 0 : s.rowsRead(), s == null ? 0 : s.rowsAccepted(),
                s == null ? 0 : s.rowsRejected(), s == null ? 0 : s.warnings(),
                s == null ? "" : Path.of(s.runFolder()).getFileName().toString(),
                s == null ? "" : String.join(", ", s.missingDepartments()), s != null && s.reportWritten(),
                run.failure().orElse(null), s == null ? List.of() : s.mail());
    }

    private static String word(String batchStatus) {
        return switch (batchStatus) {
            case "COMPLETED" -> "ok";
            case "STARTING", "STARTED", "STOPPING" -> "running";
            default -> "failed";
        };
    }

    /** Each expected department in the definition's order, placed by report.json's files and findings. */
    private List<Department> departments(JobDefinition definition, ReportJson.Document report) {
        List<JobDefinition.Department> expected = definition.departments() == null ? List.of() : definition.departments();
        DepartmentDirectory directory = new DepartmentDirectory(expected);
        List<ReportJson.FileJson> files = report == null || report.files() == null ? List.of() : report.files();
        Set<String> missing = report == null || report.missingDepartments() == null ? Set.of()
                : Set.copyOf(report.missingDepartments());
        List<Department> departments = new ArrayList<>();
        for (JobDefinition.Department d : expected) {
            List<ReportJson.FileJson> own = files.stream().filter(f -> belongsTo(f, d, directory)).toList();
            Set<String> names = own.stream().map(ReportJson.FileJson::file).collect(Collectors.toSet());
            List<Problem> problems = new ArrayList<>();
            for (ReportJson.FileJson f : own) {
                if ("rejected".equals(f.status())) {
                    problems.add(new Problem("error", f.file(), "-", f.reason()));
                }
            }
            problems.addAll(findings(report == null ? null : report.rejectedRows(), names, "error"));
            problems.addAll(findings(report == null ? null : report.warnings(), names, "warning"));
            String status;
            if (report == null) {
                status = "unknown";
            } else if (!missing.contains(d.name()) && own.stream().anyMatch(f -> "read".equals(f.status()))) {
                status = "submitted";
            } else if (own.stream().anyMatch(f -> "rejected".equals(f.status()))) {
                status = "rejected";
            } else if (own.stream().anyMatch(f -> "deferred".equals(f.status()))) {
                status = "deferred";
            } else {
                status = "missing";
            }
            departments.add(new Department(d.name(), status, own.stream().map(ReportJson.FileJson::file).toList(),
                    own.stream().mapToInt(f -> count(f.rowsAccepted())).sum(),
                    own.stream().mapToInt(f -> count(f.rowsRejected())).sum(), problems));
        }
        return departments;
    }

    /**
     * Whether a file of report.json is the department's: by the department it was read as, or, for a
     * file left for the next run (never opened, so without a department), by its file name.
     */
    private static boolean belongsTo(ReportJson.FileJson file, JobDefinition.Department department, DepartmentDirectory directory) {
        String written = file.department();
        if ((written == null || written.isBlank()) && "deferred".equals(file.status()) && file.file() != null) {
            int dot = file.file().lastIndexOf('.');
            written = dot > 0 ? file.file().substring(0, dot) : file.file();
        }
        if (written == null || written.isBlank() || "ignored".equals(file.status())) {
            return false;
        }
        if (written.equals(department.name())) {
            return true;
        }
        DepartmentDirectory.Match match = directory.match(written);
        return match != null && match.department().name().equals(department.name());
    }

    private static List<Problem> findings(List<? extends ReportJson.Located> findings, Set<String> files, String severity) {
        if (findings == null) {
            return List.of();
        }
        return findings.stream().filter(f -> f.file() != null && files.contains(f.file()))
                .map(f -> new Problem(severity, f.file(), place(f), Objects.requireNonNullElse(f.message(), "")))
                .toList();
    }

    private static String place(ReportJson.Located f) {
        String sheet = f.sheet() == null ? "" : f.sheet() + " ";
        if (f.cell() != null) {
            return sheet + f.cell();
        }
        return f.row() == null ? (sheet.isEmpty() ? "-" : sheet.strip()) : sheet + f.row();
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }

    private List<Link> links(Path output, ZoneId zone, boolean offices) {
        List<Link> links = new ArrayList<>();
        for (String name : PublishedFiles.top(offices).keySet()) {
            Path path = Publisher.published(output, name).orElse(null);
            String modified = null;
            if (path != null) {
                try {
                    modified = time(Files.getLastModifiedTime(path).toInstant().atZone(zone), zone);
                } catch (IOException e) {
                    modified = null;
                }
            }
            boolean always = !name.endsWith(".pdf") && !name.endsWith(".json");
            if (always || modified != null) {
                links.add(new Link(name, StatusController.FILES + name, label("serve.link." + name, name), modified));
            }
        }
        return links;
    }

    private String generatedAt(String offsetDateTime, ZoneId zone) {
        try {
            return time(java.time.OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(zone), zone);
        } catch (java.time.format.DateTimeParseException e) {
            return offsetDateTime;
        }
    }

    private String time(ZonedDateTime when, ZoneId zone) {
        if (when == null) {
            return null;
        }
        ZonedDateTime at = when.withZoneSameInstant(zone);
        return message("serve.time", ThaiDates.longDate(at.toLocalDate(), Numerals.arabic()), at.format(CLOCK_TIME));
    }

    private String label(String code, String fallback) {
        return messages.getMessage(code, null, fallback, DocumentText.THAI_LOCALE);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, DocumentText.THAI_LOCALE);
    }
}
