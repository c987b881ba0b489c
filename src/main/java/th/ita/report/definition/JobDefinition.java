package th.ita.report.definition;

import java.util.List;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * One year's job definition as the legal officer edits it in {@code jobs/*.yml}.
 * Everything that differs between offices and years lives here, never in code.
 */
public record JobDefinition(
        Organisation organisation,
        int fiscalYear,
        String reportPeriod,
        Ita ita,
        Memo memo,
        ReportWording report,
        Signatory signatory,
        List<ApprovalLevel> approvalChain,
        List<Department> departments,
        List<Measure> measures,
        Rendering rendering,
        PublicationRequest publicationRequest,
        Mail mail) {

    /** The constructor the loader binds the YAML to. */
    @ConstructorBinding
    public JobDefinition {
    }

    /** A definition without a mail section (no e-mail to departments). */
    public JobDefinition(Organisation organisation, int fiscalYear, String reportPeriod, Ita ita, Memo memo,
                         ReportWording report, Signatory signatory, List<ApprovalLevel> approvalChain,
                         List<Department> departments, List<Measure> measures, Rendering rendering,
                         PublicationRequest publicationRequest) {
        this(organisation, fiscalYear, reportPeriod, ita, memo, report, signatory, approvalChain, departments,
                measures, rendering, publicationRequest, null);
    }

    /** A definition without the publication request form's values (its defaults are used). */
    public JobDefinition(Organisation organisation, int fiscalYear, String reportPeriod, Ita ita, Memo memo,
                         ReportWording report, Signatory signatory, List<ApprovalLevel> approvalChain,
                         List<Department> departments, List<Measure> measures, Rendering rendering) {
        this(organisation, fiscalYear, reportPeriod, ita, memo, report, signatory, approvalChain, departments,
                measures, rendering, null, null);
    }

    /** The organisation, e.g. องค์การบริหารส่วนตำบลนาทอน, อำเภอทุ่งหว้า, จังหวัดสตูล. */
    public record Organisation(String name, String shortName, String district, String province) {
    }

    /** The ITA/OIT item this report answers; its number and title change by year. */
    public record Ita(String itemNumber, String itemTitle) {
    }

    /**
     * The memo (บันทึกข้อความ). Wording fields may hold placeholders such as
     * {@code {organisation}}, filled by {@link Wording}.
     */
    public record Memo(
            String office,
            String officeLine,
            String referenceCode,
            String date,
            String addressee,
            String subject,
            String background,
            String facts,
            String proposal,
            String closing,
            String emblemImage) {
    }

    /** Wording of the attached report's cover, table title and intro paragraph (placeholders allowed). */
    public record ReportWording(List<String> coverTitle, List<String> tableTitle, String intro) {
    }

    /** Who signs the memo; the rank may stand before the signature line or inside the parentheses. */
    public record Signatory(String rank, boolean rankInsideParentheses, String name, String position) {
    }

    /** One box of the approval chain; the executive's box offers approve/reject instead of recommend. */
    public record ApprovalLevel(String title, String name, String position, boolean executive) {
    }

    /**
     * An expected department with the other ways people spell it.
     *
     * @param email where its e-mail about the validation report goes: one address or a list (none: no e-mail)
     */
    public record Department(String name, List<String> aliases, List<String> email) {

        @ConstructorBinding
        public Department {
        }

        public Department(String name, List<String> aliases) {
            this(name, aliases, List.of());
        }
    }

    /** One of the year's measures: number, official name, accepted short forms. */
    public record Measure(int number, String name, List<String> aliases) {
    }

    /**
     * The website publication request form (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน) written
     * beside the memo. Wording fields may hold the memo's placeholders and {@code {measureCount}},
     * {@code {measures}}, {@code {departments}}; any field left out takes its default (the message
     * file's wording, the memo's date, a dotted line).
     *
     * @param link the office's web address for the published report ("Link ภายนอก")
     */
    public record PublicationRequest(String title, String organisation, String date, String topic, String details,
                                     String link, String note, Signer suppliedBy, Signer approvedBy,
                                     Signer publishedBy) {
    }

    /** One signature block of the form; a field left out is printed as a dotted line. */
    public record Signer(String title, String name, String position, String date) {
    }

    /**
     * The office's mail server for the e-mail to departments after a run (off unless a host and at
     * least one department address are given). Every value is kept as written and checked only when
     * mail is sent, so a slip here never stops a compile: it becomes the Thai reason each e-mail was not sent.
     *
     * @param enabled      "false" keeps the settings but sends nothing
     * @param port         default by security: 587 (starttls), 465 (ssl), 25 (none)
     * @param security     starttls (default: required, never sends the password in clear), ssl, or none
     * @param passwordEnv  the name of the environment variable holding the password
     * @param passwordFile a file holding the password (first line), relative to the shared definition's folder
     * @param password     refused: a password does not belong in a job definition (see README)
     * @param fromName     the sender's name the departments see (default: the organisation's short name)
     * @param replyTo      where the departments' answers go (the officer's own address)
     * @param dropFolder   where departments put their workbooks, as they know it (e.g. a shared folder)
     * @param contact      how to reach the officer besides e-mail (e.g. a telephone number)
     * @param timeout      connect, read and write timeout, ISO-8601 (default PT10S)
     */
    public record Mail(String enabled, String host, String port, String security, String username,
                       String passwordEnv, String passwordFile, String password, String from, String fromName,
                       String replyTo, String dropFolder, String contact, String timeout) {
    }

    /** Output choices an office may prefer. */
    public record Rendering(boolean thaiDigits, String fontFamily) {
    }
}
