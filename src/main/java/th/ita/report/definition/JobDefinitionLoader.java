package th.ita.report.definition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

import th.ita.report.definition.JobDefinition.Department;
import th.ita.report.definition.JobDefinition.Measure;
import th.ita.report.definition.JobDefinition.Rendering;

/**
 * Reads a job definition file with Spring Boot's own YAML loader and binder (relaxed names,
 * type conversion), then checks what the job cannot run without. Every problem becomes a
 * {@link JobDefinitionException} with a one-line reason for the officer.
 */
@Component
public class JobDefinitionLoader {

    static final String DEFAULT_FONT = "TH Sarabun New";

    /** No publication-request section: every field of the form takes its default. */
    private static final JobDefinition.PublicationRequest EMPTY_FORM =
            new JobDefinition.PublicationRequest(null, null, null, null, null, null, null, null, null, null);

    /** An office's own definition, laid over the shared one, in its input folder (multi-office runs). */
    public static final String OFFICE_FILE = "job.yml";

    /** Definitions bound, and files parsed, by the digests of their bytes (kept for a run of many offices). */
    private static final int KEPT = 2_000;
    private final Map<List<String>, JobDefinition> bound = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> parsed = new ConcurrentHashMap<>();

    public JobDefinition load(Path file) {
        return load(file, null);
    }

    /**
     * The shared definition with an office's own file laid over it (multi-office runs): a key the
     * override gives wins, a list it gives (departments, measures, approval chain) replaces the
     * shared list whole. Problems are reported against the override, since the shared file is
     * checked on its own before a multi-office run starts.
     */
    public JobDefinition load(Path file, Path override) {
        if (!Files.isRegularFile(file)) {
            throw new JobDefinitionException("definition.missing", file);
        }
        if (override != null && !Files.isRegularFile(override)) {
            throw new JobDefinitionException("definition.missing", override);
        }
        Path reported = override == null ? file : override;
        Loaded shared;
        Loaded own;
        try {
            shared = new Loaded(file, Files.readAllBytes(file));
            own = override == null ? null : new Loaded(override, Files.readAllBytes(override));
        } catch (IOException | RuntimeException e) {
            throw new JobDefinitionException("definition.unreadable", reported, rootMessage(e));
        }
        // A multi-office run loads the same files again for every office (and twice per office):
        // what was bound from exactly these bytes is bound already.
        List<String> key = own == null ? List.of(shared.digest) : List.of(shared.digest, own.digest);
        JobDefinition known = bound.get(key);
        if (known != null) {
            return known;
        }
        JobDefinition raw;
        try {
            List<ConfigurationPropertySource> sources = new ArrayList<>();
            if (own != null) {
                sources.add(own.source());
            }
            sources.add(shared.source());
            Binder binder = new Binder(sources, null, ApplicationConversionService.getSharedInstance());
            raw = binder.bind("job", Bindable.of(JobDefinition.class)).orElse(null);
        } catch (IOException | RuntimeException e) {
            throw new JobDefinitionException("definition.unreadable", reported, rootMessage(e));
        }
        if (raw == null) {
            throw new JobDefinitionException("definition.empty", reported);
        }
        JobDefinition definition = checked(withDefaults(raw), reported);
        if (bound.size() >= KEPT) {
            bound.clear();
        }
        bound.put(key, definition);
        return definition;
    }

    /** A file's bytes, their digest (with the file's place: a message names it) and, when asked, its keys. */
    private final class Loaded {
        final Path file;
        final byte[] bytes;
        final String digest;

        private Loaded(Path file, byte[] bytes) {
            this.file = file;
            this.bytes = bytes;
            this.digest = file.toAbsolutePath() + "#" + HexFormat.of().formatHex(sha256(bytes));
        }

        /** The file as a binder source; the officer's file has its keys at the top level, the binder wants a prefix. */
        ConfigurationPropertySource source() throws IOException {
            Map<String, Object> prefixed = parsed.get(digest);
            if (prefixed == null) {
                prefixed = new LinkedHashMap<>();
                for (PropertySource<?> source : new YamlPropertySourceLoader()
                        .load(file.toString(), new ByteArrayResource(bytes, file.toString()))) {
                    if (source instanceof EnumerablePropertySource<?> enumerable) {
                        for (String name : enumerable.getPropertyNames()) {
                            prefixed.putIfAbsent("job." + name, enumerable.getProperty(name));
                        }
                    }
                }
                if (parsed.size() >= KEPT) {
                    parsed.clear();
                }
                parsed.put(digest, prefixed);
            }
            return ConfigurationPropertySource.from(new MapPropertySource(file.toString(), prefixed));
        }
    }

    private static JobDefinition withDefaults(JobDefinition d) {
        Rendering rendering = d.rendering() == null
                ? new Rendering(true, DEFAULT_FONT)
                : new Rendering(d.rendering().thaiDigits(),
                        blank(d.rendering().fontFamily()) ? DEFAULT_FONT : d.rendering().fontFamily());
        List<Department> departments = d.departments() == null ? List.of() : d.departments().stream()
                .map(dep -> new Department(dep.name(), dep.aliases() == null ? List.of() : dep.aliases(),
                        emails(dep.email())))
                .toList();
        List<Measure> measures = d.measures() == null ? List.of() : d.measures().stream()
                .map(m -> new Measure(m.number(), m.name(), m.aliases() == null ? List.of() : m.aliases()))
                .toList();
        return new JobDefinition(d.organisation(), d.fiscalYear(), d.reportPeriod(), d.ita(), d.memo(), d.report(),
                d.signatory(), d.approvalChain() == null ? List.of() : d.approvalChain(), departments, measures,
                rendering, d.publicationRequest() == null ? EMPTY_FORM : d.publicationRequest(), d.mail());
    }

    /** A department's addresses, trimmed, blanks dropped ("email:" left empty means none). */
    private static List<String> emails(List<String> given) {
        return given == null ? List.of() : given.stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static JobDefinition checked(JobDefinition d, Path file) {
        List<String> missing = new ArrayList<>();
        if (d.organisation() == null || blank(d.organisation().name())) {
            missing.add("organisation.name");
        }
        if (d.fiscalYear() < 2400 || d.fiscalYear() > 2800) {
            throw new JobDefinitionException("definition.fiscalYear", file, String.valueOf(d.fiscalYear()));
        }
        if (d.ita() == null || blank(d.ita().itemNumber())) {
            missing.add("ita.item-number");
        }
        if (d.memo() == null || blank(d.memo().subject())) {
            missing.add("memo.subject");
        }
        if (d.signatory() == null || blank(d.signatory().name())) {
            missing.add("signatory.name");
        }
        if (d.departments().isEmpty()) {
            missing.add("departments");
        }
        if (d.measures().isEmpty()) {
            missing.add("measures");
        }
        if (!missing.isEmpty()) {
            throw new JobDefinitionException("definition.missingFields", file, String.join(", ", missing));
        }
        Set<Integer> numbers = new HashSet<>();
        for (Measure m : d.measures()) {
            if (m.number() < 1 || blank(m.name()) || !numbers.add(m.number())) {
                throw new JobDefinitionException("definition.measure", file, m.number() + " " + m.name());
            }
        }
        for (Department dep : d.departments()) {
            if (blank(dep.name())) {
                throw new JobDefinitionException("definition.missingFields", file, "departments.name");
            }
        }
        return d;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (e instanceof BindException bind && bind.getProperty() != null) {
            return bind.getProperty().getName() + ": " + t.getMessage();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
