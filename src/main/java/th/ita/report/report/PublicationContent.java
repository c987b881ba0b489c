package th.ita.report.report;

import java.util.List;

/**
 * The website publication request form (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน), worded:
 * every value already filled in, or a dotted line where the job definition leaves it open.
 *
 * @param labels       the form's own words
 * @param organisation ชื่อหน่วยงาน
 * @param date         วัน/เดือน/ปี, e.g. "๒๐ พฤษภาคม ๒๕๖๘"
 * @param topic        หัวข้อ: the report's title
 * @param details      รายละเอียดข้อมูล: a short summary (measures, departments, period)
 * @param link         Link ภายนอก: the office's web address for the report, or dots
 * @param note         หมายเหตุ
 * @param signers      the three signature blocks: who supplied, who approved, who published
 * @param fontFamily   e.g. "TH Sarabun New"
 * @param placeNames   the office's place names no dictionary knows, kept whole on a line ("นาทอน")
 */
public record PublicationContent(Labels labels, String organisation, String date, String topic, String details,
                                 String link, String note, List<Signer> signers, String fontFamily,
                                 List<String> placeNames) {

    /** Field labels and the words of a signature block, e.g. "ลงชื่อ", "ตำแหน่ง". */
    public record Labels(String title, String organisation, String date, String topic, String details, String link,
                         String note, String sign, String position, String signDate) {
    }

    /**
     * @param title    e.g. "ผู้รับผิดชอบการให้ข้อมูล"
     * @param name     e.g. "(นางสาวนิตยา สันหลี่)", or dots in parentheses
     * @param position the position, or dots
     * @param date     a Thai date, or "........ เดือน .................. พ.ศ. ........"
     */
    public record Signer(String title, String name, String position, String date) {
    }
}
