package th.ita.report.rendering;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

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
                definition.rendering().fontFamily());
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
            rows.add(ReportContent.Row.of(m.heading(numerals.format(m.number())), m).map(this::unbroken));
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

    /** The memo's date: the definition's when set (a BE year such as 2568-05-20 is accepted), else the run's. */
    LocalDate memoDate(LocalDate runDate) {
        String written = definition.memo().date();
        if (written == null || written.isBlank()) {
            return runDate;
        }
        try {
            LocalDate date = LocalDate.parse(written.strip());
            return date.getYear() > 2400 ? date.minusYears(543) : date;
        } catch (DateTimeParseException e) {
            throw new JobDefinitionException("definition.unreadable", definitionFile, "memo.date: " + written);
        }
    }

    private MemoContent.Section section(String headingCode, String paragraph) {
        return new MemoContent.Section(message(headingCode), List.of(text(paragraph)));
    }

    /**
     * The place names of the office that no Thai dictionary knows, to be kept whole on a line: the
     * district, the province, and the name in the short form after its abbreviation ("นาทอน" of
     * "อบต.นาทอน").
     */
    private static List<String> placeNames(JobDefinition.Organisation org) {
        List<String> names = new ArrayList<>();
        String shortName = nz(org.shortName()).strip();
        names.add(shortName.substring(shortName.lastIndexOf('.') + 1));
        names.add(nz(org.district()));
        names.add(nz(org.province()));
        return names;
    }

    /** Text as the documents set it: an abbreviation kept with its number, place names kept whole. */
    private String unbroken(String text) {
        return LineBreaks.keepNames(LineBreaks.keepTogether(text), names);
    }

    /** The officer's wording filled, in the office's digits, set unbroken. */
    private String text(String officerWording) {
        try {
            return unbroken(numerals.apply(wording.fill(officerWording)));
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
