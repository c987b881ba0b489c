package th.ita.report.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import th.ita.report.text.ThaiLines;
import th.ita.report.output.layout.LineBreaks;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinition.ApprovalLevel;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.merge.CompiledReport;
import th.ita.report.merge.MergedMeasure;
import th.ita.report.text.Numerals;

/**
 * Words the memo and the report from the job definition, the message file and the compiled
 * report, in the office's digit style. Both the .docx and the web page lay out what this gives,
 * so they never disagree.
 */
public final class DocumentText {

    public static final Locale THAI_LOCALE = Locale.forLanguageTag("th-TH");

    private final JobDefinition definition;
    private final Path definitionFile;
    private final MessageSource messages;
    private final Numerals numerals;
    private final Wording wording;
    private final List<String> names;

    public DocumentText(JobDefinition definition, Path definitionFile, MessageSource messages) {
        this.definition = definition;
        this.definitionFile = definitionFile;
        this.messages = messages;
        this.numerals = Numerals.of(definition.rendering().thaiDigits());
        JobDefinition.Organisation org = definition.organisation();
        Map<String, String> base = new java.util.HashMap<>(Map.of(
                "organisation", nz(org.name()),
                "shortName", nz(org.shortName()),
                "district", nz(org.district()),
                "province", nz(org.province()),
                "office", definition.memo() == null ? "" : nz(definition.memo().office()),
                "fiscalYear", String.valueOf(definition.fiscalYear()),
                "itaItem", nz(definition.ita().itemNumber()),
                "itaTitle", nz(definition.ita().itemTitle())));
        base.put("reportPeriod", new Wording(base).fill(definition.reportPeriod()));
        this.wording = new Wording(base);
        this.names = placeNames(org);
    }

    public MemoContent memo(LocalDate runDate) {
        JobDefinition.Memo memo = definition.memo();
        List<MemoContent.Section> sections = List.of(
                section("memo.section.background", memo.background()),
                section("memo.section.facts", memo.facts()),
                section("memo.section.proposal", memo.proposal()));
        JobDefinition.Signatory s = definition.signatory();
        String rank = nz(s.rank()).strip();
        MemoContent.SignatureBlock signature = new MemoContent.SignatureBlock(
                s.rankInsideParentheses() ? "" : text(rank),
                "(" + text((s.rankInsideParentheses() && !rank.isEmpty() ? rank + " " : "") + s.name()) + ")",
                text(s.position()));
        List<MemoContent.ApprovalBox> boxes = new ArrayList<>();
        for (ApprovalLevel level : definition.approvalChain()) {
            List<String> options = level.executive()
                    ? List.of(message("memo.approval.approve"), message("memo.approval.reject"))
                    : List.of(message("memo.approval.recommend"), message("memo.approval.notRecommend"));
            boxes.add(new MemoContent.ApprovalBox(text(level.title()), options,
                    "(" + text(level.name()) + ")", text(level.position())));
        }
        MemoContent.Labels labels = new MemoContent.Labels(message("memo.label.heading"),
                message("memo.label.office"), message("memo.label.reference"), message("memo.label.date"),
                message("memo.label.subject"), message("memo.label.to"), message("memo.pageNumber"),
                message("memo.cue"));
        return new MemoContent(
                labels,
                text(memo.officeLine() == null ? memo.office() : memo.officeLine()),
                numerals.apply(nz(memo.referenceCode()).strip()) + " /",
                ThaiDates.longDate(memoDate(runDate), numerals),
                text(memo.subject()),
                text(memo.addressee()),
                sections,
                text(memo.closing()),
                signature,
                boxes,
                EmblemImage.path(definition, definitionFile).map(Path::toString).orElse(null),
                definition.rendering().fontFamily(),
                names);
    }

    public ReportContent report(CompiledReport report) {
        JobDefinition.Organisation org = definition.organisation();
        List<String> coverOrganisation = new ArrayList<>();
        coverOrganisation.add(text(org.name()));
        if (org.district() != null && org.province() != null) {
            coverOrganisation.add(numerals.apply(messages.getMessage("report.cover.location",
                    new Object[] {org.district(), org.province()}, THAI_LOCALE)));
        }
        List<ReportContent.Row> rows = new ArrayList<>();
        for (MergedMeasure m : report.measures()) {
            rows.add(ReportContent.Row.of(m.heading(numerals.format(m.number())), m).map(ThaiLines::keepTogether));
        }
        JobDefinition.ReportWording words = definition.report();
        return new ReportContent(
                words == null ? List.of() : words.coverTitle().stream().map(this::text).toList(),
                coverOrganisation,
                words == null ? List.of() : words.tableTitle().stream().map(this::text).toList(),
                words == null ? "" : text(words.intro()),
                List.of(message("report.heading.measure"), message("report.heading.steps"),
                        message("report.heading.period"), message("report.heading.responsible"),
                        message("report.heading.output"), message("report.heading.outcome")),
                rows);
    }

    /**
     * The publication request form: the definition's values, else the defaults of the message file
     * (wording) and dotted lines (names, positions, dates, the web address).
     */
    public PublicationContent publication(CompiledReport report, LocalDate runDate) {
        JobDefinition.PublicationRequest form = definition.publicationRequest() == null
                ? new JobDefinition.PublicationRequest(null, null, null, null, null, null, null, null, null, null)
                : definition.publicationRequest();
        Wording summary = wording.with(Map.of(
                "measureCount", numerals.format(report.measures().size()),
                "measures", String.join(", ", report.measures().stream()
                        .map(m -> m.heading(numerals.format(m.number()))).toList()),
                "departments", String.join(", ", report.measures().stream()
                        .flatMap(m -> m.departments().stream()).distinct().toList())));
        PublicationContent.Labels labels = new PublicationContent.Labels(
                filled(summary, form.title(), "publication.title"), message("publication.label.organisation"),
                message("publication.label.date"), message("publication.label.topic"),
                message("publication.label.details"), message("publication.label.link"),
                message("publication.label.note"), message("publication.label.sign"),
                message("publication.label.position"), message("publication.label.signDate"));
        String dots = message("publication.dots");
        List<PublicationContent.Signer> signers = List.of(
                signer(summary, form.suppliedBy(), "publication.signer.suppliedBy", dots),
                signer(summary, form.approvedBy(), "publication.signer.approvedBy", dots),
                signer(summary, form.publishedBy(), "publication.signer.publishedBy", dots));
        return new PublicationContent(labels,
                filled(summary, form.organisation(), "publication.default.organisation"),
                blank(form.date()) ? ThaiDates.longDate(memoDate(runDate), numerals)
                        : ThaiDates.longDate(date(form.date(), "publication-request.date"), numerals),
                filled(summary, form.topic(), "publication.default.topic"),
                filled(summary, form.details(), "publication.default.details"),
                blank(form.link()) ? dots : form.link().strip(),
                filled(summary, form.note(), "publication.default.note"),
                signers, definition.rendering().fontFamily(), names);
    }

    private PublicationContent.Signer signer(Wording summary, JobDefinition.Signer given, String titleCode,
                                             String dots) {
        JobDefinition.Signer s = given == null ? new JobDefinition.Signer(null, null, null, null) : given;
        return new PublicationContent.Signer(
                filled(summary, s.title(), titleCode),
                "(" + (blank(s.name()) ? dots : text(s.name())) + ")",
                blank(s.position()) ? dots : text(s.position()),
                blank(s.date()) ? message("publication.undated")
                        : ThaiDates.longDate(date(s.date(), "publication-request.date"), numerals));
    }

    /** The officer's wording when given, else the message file's default; placeholders filled either way. */
    private String filled(Wording summary, String given, String defaultCode) {
        String wordingText = blank(given) ? messages.getMessage(defaultCode, null, THAI_LOCALE) : given;
        try {
            return ThaiLines.keepTogether(numerals.apply(summary.fill(wordingText)));
        } catch (Wording.UnknownPlaceholderException e) {
            throw new JobDefinitionException("definition.placeholder", definitionFile, e.name());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The memo's date: the definition's when set (a BE year such as 2568-05-20 is accepted), else the run's. */
    LocalDate memoDate(LocalDate runDate) {
        String written = definition.memo().date();
        return blank(written) ? runDate : date(written, "memo.date");
    }

    /** A date the officer wrote as year-month-day, the year BE (2568-05-20) or CE. */
    private LocalDate date(String written, String field) {
        try {
            LocalDate date = LocalDate.parse(written.strip());
            return date.getYear() > 2400 ? date.minusYears(543) : date;
        } catch (DateTimeParseException e) {
            throw new JobDefinitionException("definition.unreadable", definitionFile, field + ": " + written);
        }
    }

    private MemoContent.Section section(String headingCode, String paragraph) {
        return new MemoContent.Section(message(headingCode), List.of(text(paragraph)));
    }

    /**
     * The place names of the office that no Thai dictionary knows, to be kept whole on a line
     * ({@link LineBreaks}): the district, the province, and the name in the short form after its
     * abbreviation ("นาทอน" of "อบต.นาทอน").
     */
    private static List<String> placeNames(JobDefinition.Organisation org) {
        List<String> names = new ArrayList<>();
        String shortName = nz(org.shortName()).strip();
        names.add(shortName.substring(shortName.lastIndexOf('.') + 1));
        names.add(nz(org.district()));
        names.add(nz(org.province()));
        return names;
    }

    /** The officer's wording filled, in the office's digits, an abbreviation kept with its number. */
    private String text(String officerWording) {
        try {
            return ThaiLines.keepTogether(numerals.apply(wording.fill(officerWording)));
        } catch (Wording.UnknownPlaceholderException e) {
            throw new JobDefinitionException("definition.placeholder", definitionFile, e.name());
        }
    }

    private String message(String code) {
        return numerals.apply(messages.getMessage(code, null, THAI_LOCALE));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
