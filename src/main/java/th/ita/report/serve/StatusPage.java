package th.ita.report.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.report.ReportJson;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.job.RunSummary;
import th.ita.report.output.publishing.Publisher;
import th.ita.report.report.DocumentText;
import th.ita.report.report.EmblemImage;
import th.ita.report.run.RunHistory;
import th.ita.report.text.Numerals;
import th.ita.report.validation.DepartmentDirectory;

/**
 * The serve mode's status page: the last run and its figures (from the job repository), where each
 * expected department of the job definition stands (from {@code output/report.json}), links to the
 * latest outputs, the next scheduled run, and the run history. Rendered by Thymeleaf from
 * {@code templates/status/status.html}; every value goes through th:text (escaped). Digits are
 * Arabic on this page (it is the officer's tool, not a published document); dates are Thai.
 */
@Component
public class StatusPage {

    static final int HISTORY = 20;

    /** What the page is about: one serve process's folders, its schedule and its last attempt. */
    public record Site(Path output, Path definition, NightlySchedule schedule, NightlyRun.Attempt attempt, boolean running) {
    }

    /** One job execution as the page shows it. */
    public record Run(long id, String started, String finished, String status, String statusWord, String exitCode,
               String outcome, long filesRead, long filesRejected, long filesIgnored, long filesDeferred,
               int rowsRead, int rowsAccepted, int rowsRejected, int warnings, String runFolder, String missing,
               boolean reportWritten) {
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

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final RunHistory runs;
    private final JobDefinitionLoader loader;
    private final Clock clock;

    StatusPage(ITemplateEngine templates, MessageSource messages, RunHistory runs, JobDefinitionLoader loader,
               Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.runs = runs;
        this.loader = loader;
        this.clock = clock;
    }

    String render(Site site) {
        ZoneId zone = site.schedule().zone();
        Context context = new Context(DocumentText.THAI_LOCALE);
        context.setVariable("generated", time(ZonedDateTime.now(clock), zone));
        context.setVariable("nextRun", time(site.schedule().nextRun(clock), zone));
        context.setVariable("cron", site.schedule().expression());
        context.setVariable("zone", zone.getId());
        context.setVariable("running", site.running());
        context.setVariable("outputFolder", site.output().toAbsolutePath().normalize().toString());
        NightlyRun.Attempt attempt = site.attempt();
        context.setVariable("attempt", attempt == null ? null : new AttemptLine(time(attempt.started(), zone),
                message("serve.outcome." + attempt.exitCode().code()), attempt.succeeded(), attempt.summary()));

        JobDefinition definition = null;
        try {
            definition = loader.load(site.definition());
        } catch (JobDefinitionException e) {
            context.setVariable("definitionError", message(e.code(), e.arguments()));
        }
        context.setVariable("organisation", definition == null || definition.organisation() == null ? null
                : definition.organisation().name());
        context.setVariable("fiscalYear", definition == null ? null : String.valueOf(definition.fiscalYear()));
        context.setVariable("emblemNotice", definition == null ? null
                : EmblemImage.notice(definition, site.definition(), messages).orElse(null));

        List<Run> history = history(zone);
        context.setVariable("lastRun", history.isEmpty() ? null : history.get(0));
        context.setVariable("history", history);

        Path reportFile = Publisher.published(site.output(), "report.json").orElse(null);
        ReportJson.Document report = null;
        if (reportFile != null) {
            try {
                report = ReportJson.read(reportFile);
            } catch (JacksonException e) {
                context.setVariable("reportError", message("serve.departments.unreadable", e.getOriginalMessage()));
            }
        } else {
            context.setVariable("reportError", message("serve.departments.noReport"));
        }
        if (report != null && definition != null && report.fiscalYear() != definition.fiscalYear()) {
            context.setVariable("reportYear", message("serve.departments.otherYear",
                    String.valueOf(report.fiscalYear()), String.valueOf(definition.fiscalYear())));
        }
        context.setVariable("reportGenerated", report == null || report.generatedAt() == null ? null
                : generatedAt(report.generatedAt(), zone));
        context.setVariable("departments", definition == null ? List.of() : departments(definition, report));
        context.setVariable("links", links(site.output(), zone));
        return templates.process("status/status", context);
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
                s == null ? "" : String.join(", ", s.missingDepartments()), s != null && s.reportWritten());
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

    private List<Link> links(Path output, ZoneId zone) {
        List<Link> links = new ArrayList<>();
        for (Map.Entry<String, String> file : StatusServer.FILES.entrySet()) {
            String name = file.getKey();
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
                links.add(new Link(name, StatusServer.FILES_PREFIX + name, label("serve.link." + name, name), modified));
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
