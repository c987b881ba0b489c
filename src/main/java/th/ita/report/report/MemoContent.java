package th.ita.report.report;

import java.util.List;

/**
 * Every piece of text the memo needs, already worded, placeholder-filled and in the office's
 * digit style. The document writers only lay it out; they decide no wording.
 *
 * @param labels       the form's own words (heading, labels, page number and cue patterns)
 * @param office       value of the ส่วนราชการ line, e.g. "สำนักปลัด องค์การบริหารส่วนตำบลนาทอน อำเภอทุ่งหว้า จังหวัดสตูล"
 * @param reference    value of the ที่ line up to the slash, e.g. "สต ๓๒๓๐๑ /" (running number left blank)
 * @param date         Thai long date, e.g. "๒๐ พฤษภาคม ๒๕๖๘"
 * @param subject      เรื่อง
 * @param addressee    เรียน (the position, without the word เรียน)
 * @param sections     the headed body parts in order (เรื่องเดิม, ข้อเท็จจริง, ข้อเสนอแนะ)
 * @param closing      e.g. "จึงเรียนมาเพื่อโปรดพิจารณา"
 * @param signatory    the signature block
 * @param approvals    one box per approval level, in order
 * @param emblemImage  path of the Garuda emblem image, or null for none
 * @param fontFamily   e.g. "TH Sarabun New"
 * @param placeNames   the office's place names no dictionary knows, kept whole on a line ("นาทอน")
 */
public record MemoContent(
        Labels labels,
        String office,
        String reference,
        String date,
        String subject,
        String addressee,
        List<Section> sections,
        String closing,
        SignatureBlock signatory,
        List<ApprovalBox> approvals,
        String emblemImage,
        String fontFamily,
        List<String> placeNames) {

    /**
     * The words of the official form itself.
     *
     * @param heading    "บันทึกข้อความ"
     * @param office     "ส่วนราชการ"
     * @param reference  "ที่"
     * @param date       "วันที่"
     * @param subject    "เรื่อง"
     * @param to         "เรียน"
     * @param pageNumber page number at the top of pages 2 on, {0} the number in the office's digits: "- {0} -"
     * @param cue        the catchword at the foot of a page that continues, {0} the next page's first words: "/{0}..."
     */
    public record Labels(String heading, String office, String reference, String date, String subject, String to,
                         String pageNumber, String cue) {
    }

    /** A headed part of the body: heading (bold) and its paragraph(s). */
    public record Section(String heading, List<String> paragraphs) {
    }

    /**
     * @param rankLine text before the dotted signature line (e.g. "ว่าที่ร้อยตรีหญิง"), or "" when none
     * @param nameLine the name in parentheses, rank included when it goes inside, e.g. "(นางสาวนิตยา สันหลี่)"
     * @param position e.g. "นิติกรปฏิบัติการ"
     */
    public record SignatureBlock(String rankLine, String nameLine, String position) {
    }

    /**
     * @param title    e.g. "ความเห็นหัวหน้าสำนักปลัด"
     * @param options  the tick-box options, e.g. ["เห็นควรอนุมัติ", "ไม่เห็นควรอนุมัติ เนื่องจาก....."]
     * @param nameLine e.g. "(นางซาริต้า เต็นหลี่)"
     * @param position e.g. "หัวหน้าสำนักปลัด"
     */
    public record ApprovalBox(String title, List<String> options, String nameLine, String position) {
    }
}
