package th.ita.report.definition;

import java.util.List;

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
        Rendering rendering) {

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

    /** An expected department with the other ways people spell it. */
    public record Department(String name, List<String> aliases) {
    }

    /** One of the year's measures: number, official name, accepted short forms. */
    public record Measure(int number, String name, List<String> aliases) {
    }

    /** Output choices an office may prefer. */
    public record Rendering(boolean thaiDigits, String fontFamily) {
    }
}
