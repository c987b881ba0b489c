package th.ita.report.output.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

import th.ita.report.output.layout.TextWidth;
import th.ita.report.output.layout.LineBreaks;
import th.ita.report.report.ReportContent;
import th.ita.report.report.MemoContent;
import th.ita.report.report.MemoContent.ApprovalBox;
import th.ita.report.report.MemoContent.Section;
import th.ita.report.report.MemoContent.SignatureBlock;
import th.ita.report.report.ReportContent.Row;

class MemoDocumentTest {

    static final String FONT = "TH Sarabun New";

    @TempDir
    Path dir;

    // ------------------------------------------------------------ seed values

    static final List<String> NAMES = List.of("นาทอน", "ทุ่งหว้า", "สตูล");

    static final MemoContent.Labels LABELS = new MemoContent.Labels("บันทึกข้อความ", "ส่วนราชการ", "ที่", "วันที่",
            "เรื่อง", "เรียน", "- {0} -", "/{0}...");

    static MemoContent seedMemo(String emblem, String rank) {
        return new MemoContent(
                LABELS,
                "สำนักปลัด องค์การบริหารส่วนตำบลนาทอน อำเภอทุ่งหว้า จังหวัดสตูล",
                "สต ๓๒๓๐๑ /",
                "๒๐ พฤษภาคม ๒๕๖๘",
                "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "นายกองค์การบริหารส่วนตำบลนาทอน",
                List.of(
                        new Section("เรื่องเดิม", List.of(
                                "ตามที่องค์การบริหารส่วนตำบลนาทอน ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
                                        + "ของหน่วยงานภาครัฐ (ITA) ประจำปี ๒๕๖๘ ซึ่งการเปิดเผยข้อมูล (OIT) ข้อ ๐๒๘ "
                                        + "กำหนดให้รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                                        + "ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")),
                        new Section("ข้อเท็จจริง", List.of(
                                "สำนักปลัดองค์การบริหารส่วนตำบลนาทอน ได้ดำเนินการจัดทำรายงานผลการดำเนินการเพื่อส่งเสริม"
                                        + "คุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
                                        + "องค์การบริหารส่วนตำบลนาทอน เรียบร้อยแล้วรายละเอียดตามเอกสารแนบท้ายนี้")),
                        new Section("ข้อเสนอแนะ", List.of(
                                "เพื่อให้การดำเนินนโยบายป้องกันและปราบปรามการทุจริตขององค์การบริหารส่วนตำบลนาทอนเป็นไป"
                                        + "ด้วยความเรียบร้อย เห็นควรอนุมัตินำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม"
                                        + "และความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ องค์การบริหารส่วนตำบลนาทอน "
                                        + "เผยแพร่ลงในเว็บไซต์ของหน่วยงาน"))),
                "จึงเรียนมาเพื่อโปรดพิจารณา",
                new SignatureBlock(rank, "(นิตยา สันหลี่)", "นิติกรปฏิบัติการ"),
                seedApprovals(),
                emblem,
                FONT,
                NAMES);
    }

    static List<ApprovalBox> seedApprovals() {
        List<String> middle = List.of("เห็นควรอนุมัติ", "ไม่เห็นควรอนุมัติ เนื่องจาก.....");
        return List.of(
                new ApprovalBox("ความเห็นหัวหน้าสำนักปลัด", middle, "(นางซาริต้า เต็นหลี่)", "หัวหน้าสำนักปลัด"),
                new ApprovalBox("ความเห็นรองปลัดองค์การบริหารส่วนตำบลนาทอน", middle,
                        "(นางสาวสรวิทย์ ตาเดอีน)", "รองปลัดองค์การบริหารส่วนตำบลนาทอน"),
                new ApprovalBox("ความเห็นปลัดองค์การบริหารส่วนตำบลนาทอน", middle,
                        "(นายสุริยนต์ อยู่ล้าย)", "ปลัดองค์การบริหารส่วนตำบลนาทอน"),
                new ApprovalBox("ความเห็นนายกองค์การบริหารส่วนตำบลนาทอน",
                        List.of("ทราบ/อนุมัติ ดำเนินการในส่วนที่เกี่ยวข้องต่อไป", "ไม่อนุมัติ เนื่องจาก....."),
                        "(นายเอกชัย หลงขาว)", "นายกองค์การบริหารส่วนตำบลนาทอน"));
    }

    static ReportContent seedReport() {
        String period = "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘";
        String all = "ทุกส่วนราชการ";
        return new ReportContent(
                List.of("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
                List.of("องค์การบริหารส่วนตำบลนาทอน", "อำเภอทุ่งหว้า จังหวัดสตูล"),
                List.of("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                        "ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
                "จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
                        + "นำมาสู่ข้อเสนอแนะในการกำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                        + "ขององค์การบริหารส่วนตำบลนาทอน ดังนี้",
                List.of("มาตรการ/โครงการ/กิจกรรม ที่ดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                        "ขั้นตอน/วิธีการปฏิบัติ",
                        "ช่วงระยะเวลาในการดำเนินการ",
                        "ผู้รับผิดชอบ",
                        "ผลการดำเนินการ (output)",
                        "ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ (outcome/result)"),
                List.of(
                        new Row("๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
                                List.of("๑. ปรับปรุงคู่มือหรือมาตรฐานการปฏิบัติงาน โดยระบุขั้นตอนและระยะเวลาที่ใช้ในการปฏิบัติงาน หรือการให้บริการ",
                                        "๒. กำชับให้เจ้าหน้าที่ผู้ปฏิบัติ หรือให้บริการประชาชน ถือปฏิบัติตามคู่มือดังกล่าวโดยเคร่งครัด",
                                        "๓. ประชาสัมพันธ์หรือเผยแพร่คู่มือหรือมาตรฐานการปฏิบัติงานในช่องทางที่หลากหลาย เช่น ณ ที่ตั้งของหน่วยงาน ผ่านสื่อออนไลน์ของหน่วยงาน"),
                                "ก.พ. - มี.ค. พ.ศ. ๒๕๖๘", all,
                                List.of("๑. ให้ส่วนราชการทบทวน ปรับปรุงคู่มือการปฏิบัติงานและมาตรฐานการให้บริการ และนำไปประกาศในเว็บไซต์ของหน่วยงาน"),
                                List.of("หน่วยงานมีความโปร่งใสในการปฏิบัติงาน และดำเนินการตามขั้นตอนระยะเวลาที่กำหนดไว้อย่างเคร่งครัด")),
                        new Row("๒. การให้บริการและระบบ E-Service",
                                List.of("๑. จัดทำ/ปรับปรุงคู่มือการให้บริการหรือแนวทางการปฏิบัติที่ผู้รับบริการหรือผู้มาติดต่อกับหน่วยงานใช้เป็นข้อมูลในการขอรับบริการหรือติดต่อกับหน่วยงาน โดยมีรายละเอียดของแต่ละงาน ดังนี้",
                                        "(๑) ชื่องาน",
                                        "(๒) วิธีการขั้นตอนการให้บริการ",
                                        "(๓) ระยะเวลาแต่ละขั้นตอน",
                                        "(๔) ช่องทางให้บริการ เช่น สถานที่ ส่วนงานที่รับผิดชอบ E-service One Stop Service",
                                        "(๕) กฎหมายที่เกี่ยวข้อง",
                                        "๒. จัดให้มีการบริการในรูปแบบออนไลน์หรือ E-Service เพื่อลดการใช้ดุลยพินิจหรือการเลือกปฏิบัติในภารกิจหรือบริการนั้น ๆ"),
                                period, all,
                                List.of("๑. มีการเผยแพร่ผลงานหรือข้อมูลการจัดกิจกรรม หรืองานต่าง ๆ ของ อบต.นาทอน",
                                        "๒. มีช่องบริการ E-service ผ่านเว็บไซต์ของหน่วยงาน",
                                        "๓. มีช่องทางปฏิสัมพันธ์กับผู้รับบริการและประชาชนทั่วไป (Q&A)"),
                                List.of("ผู้รับบริการและประชาชนทั่วไป รับทราบและเข้าถึงข้อมูลขององค์กรได้ง่าย และสะดวกมากยิ่งขึ้น")),
                        new Row("๓. ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ",
                                List.of("มีการเผยแพร่และประชาสัมพันธ์ข้อมูลข่าวสาร ผ่านช่องทางที่หลากหลายและอำนวยความสะดวกในการเข้าใช้งาน"),
                                period, all,
                                List.of("๑. เจ้าหน้าที่ผู้ให้บริการทุกส่วนราชการแนะนำช่องทางการร้องเรียน การให้ข้อเสนอแนะ แก่ผู้มารับบริการ"),
                                List.of("สร้างความพึงพอใจให้แก่ผู้รับบริการได้ดี ทำให้การบริการมีประสิทธิภาพ")),
                        new Row("๔. กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
                                List.of("๑. ปรับปรุงคู่มือกำหนดแนวทางปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของราชการ",
                                        "๒. จัดให้มีการขออนุญาตในการยืมทรัพย์สินของราชการอย่างถูกต้อง",
                                        "๓. จัดให้มีการตรวจสอบวัสดุและครุภัณฑ์ของหน่วยงานเป็นระยะ"),
                                period, all,
                                List.of("๑. เผยแพร่ประชาสัมพันธ์คู่มือการใช้ทรัพย์สินของทางราชการผ่านเว็บไซต์ อปต.นาทอน",
                                        "๒. มีการแจ้งเวียนคู่มือและทะเบียนคุมการยืมใช้ทรัพย์สินของทางราชการให้บุคลากรภายในหน่วยงานทราบ"),
                                List.of("การปฏิบัติเป็นไปในทางเดียวกันและเป็นการรักษาทรัพย์สินของทางราชการไม่ให้ชำรุดสูญหาย")),
                        new Row("๕. กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
                                List.of("๑. จัดประชุมชี้แจงแผนการใช้จ่ายงบประมาณประจำปีให้แก่บุคลากรภายในหน่วยงาน",
                                        "๒. จัดให้บุคลากรภายในหน่วยงานได้มีส่วนร่วมในการจัดทำแผนการดำเนินงานและแผนการใช้จ่ายงบประมาณ"),
                                period, all,
                                List.of("๑. สำนักปลัดนำข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ลงเว็บไซต์หลักของหน่วยงาน"),
                                List.of("บุคลากรภายในหน่วยงานรับรู้การดำเนินการต่างๆที่เกี่ยวข้องกับแผนการใช้จ่ายงบประมาณ อย่างคุ่มค่า")),
                        new Row("๖. กระบวนการควบคุม ตรวจสอบ การใช้อำนาจและการบริหารงานบุคคล",
                                List.of("๑. กำหนดนโยบายหรือแผนการบริหารทรัพยากรและพัฒนาทรัพยากรบุคคล",
                                        "๒. ประเมินความเสี่ยงการทุจริตที่อาจเกิดขึ้นจากการใช้อำนาจหรือการสั่งการของผู้บังคับบัญชา"),
                                period, "สำนักปลัด",
                                List.of("๑. ชี้แจงให้บุคลากรภายในรับทราบแนวปฏิบัติและการให้บริการแก่ผู้มาติดต่อราชการ",
                                        "๒. ประชุมชี้แจงเรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (IIT)"),
                                List.of("สร้างวัฒนธรรมที่ดีให้เกิดขึ้นต่อองค์กร")),
                        new Row("๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
                                List.of("๑. เผยแพร่ช่องทางร้องเรียนเจ้าหน้าที่ของหน่วยงาน ผ่านช่องทางออนไลน์",
                                        "๒. การกำหนดแผนปฏิบัติการป้องกันการทุจริต ที่มุ่งเน้นโครงการ/กิจกรรมที่เสริมสร้างความโปร่งใส",
                                        "๓. มีการรายงานผลการดำเนินงานป้องกันการทุจริตประจำปีให้สาธารณชนทราบ"),
                                period, all,
                                List.of("๑. จัดกิจกรรมวันต่อต้านคอร์ปชั่น ของ อบต.นาทอน"),
                                List.of("พนักงานตระหนักถึงภัยของการทุจริต และสามารถคิดแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวมได้"))));
    }

    // ------------------------------------------------------------ helpers

    private XWPFDocument writeAndRead(MemoContent memo, ReportContent report, boolean thaiDigits) throws IOException {
        Path file = dir.resolve("memo-" + System.nanoTime() + ".docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new MemoDocument(thaiDigits, false).write(memo, report, out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private XWPFDocument seedDocument() throws IOException {
        return writeAndRead(seedMemo(null, "ว่าที่ร้อยตรีหญิง"), seedReport(), true);
    }

    /** Section properties in document order: those ending a section in a paragraph, then the body's (the last). */
    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }

    /** The body paragraphs of each section, in order. */
    private static List<List<XWPFParagraph>> sectionParagraphs(XWPFDocument doc) {
        List<List<XWPFParagraph>> out = new ArrayList<>();
        List<XWPFParagraph> current = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            current.add(p);
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        out.add(current);
        return out;
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(p -> LineBreaks.plain(p.getText())).toList();
    }

    private static XWPFParagraph paragraphStartingWith(XWPFDocument doc, String prefix) {
        return doc.getParagraphs().stream()
                .filter(p -> LineBreaks.plain(p.getText()).startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + prefix));
    }

    private static XWPFRun runWithText(XWPFParagraph p, String text) {
        return p.getRuns().stream()
                .filter(r -> text.equals(LineBreaks.plain(r.text()).strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in: " + p.getText()));
    }

    private static boolean hasThai(String s) {
        return s.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F);
    }

    private static List<String> cellParagraphs(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(p -> LineBreaks.plain(p.getText())).collect(Collectors.toList());
    }

    private static long twips(Object v) {
        return ((BigInteger) v).longValue();
    }

    private static String header(XWPFDocument doc, CTSectPr section) {
        XWPFHeader h = new XWPFHeaderFooterPolicy(doc, section).getDefaultHeader();
        return h == null ? null : LineBreaks.plain(h.getText()).strip();
    }

    private static String footer(XWPFDocument doc, CTSectPr section) {
        XWPFFooter f = new XWPFHeaderFooterPolicy(doc, section).getDefaultFooter();
        return f == null ? null : LineBreaks.plain(f.getText()).strip();
    }

    private static List<Long> tabStops(XWPFParagraph p) {
        return List.of(p.getCTP().getPPr().getTabs().getTabArray()).stream().map(t -> twips(t.getPos())).toList();
    }

    // ------------------------------------------------------------ tests

    @Test
    void sectionsAreMemoPagesCoverAndLandscapeTableWithTheirMargins() throws IOException {
        try (XWPFDocument doc = seedDocument()) {
            List<CTSectPr> sections = sections(doc);
            assertThat(sections).as("memo page 1, memo page 2, cover, table").hasSize(4);

            for (CTSectPr memo : sections.subList(0, 2)) {
                CTPageSz size = memo.getPgSz();
                assertThat(twips(size.getW())).isEqualTo(11906);
                assertThat(twips(size.getH())).isEqualTo(16838);
                assertThat(size.getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
                CTPageMar margins = memo.getPgMar();
                assertThat(twips(margins.getLeft())).as("3 cm").isEqualTo(1701);
                assertThat(twips(margins.getRight())).as("2 cm").isEqualTo(1134);
                assertThat(twips(margins.getBottom())).as("1.5 cm").isEqualTo(850);
            }
            assertThat(twips(sections.get(0).getPgMar().getTop())).as("1.5 cm: the emblem's line").isEqualTo(850);
            assertThat(twips(sections.get(1).getPgMar().getTop())).as("2 cm under the page number").isEqualTo(1134);

            assertThat(sections.get(2).getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            CTPageSz tableSize = sections.get(3).getPgSz();
            assertThat(tableSize.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(twips(tableSize.getW())).isEqualTo(16838);
            assertThat(twips(tableSize.getH())).isEqualTo(11906);
            CTPageMar tableMargins = sections.get(3).getPgMar();
            assertThat(twips(tableMargins.getLeft())).as("1.27 cm").isEqualTo(720);
            assertThat(twips(tableMargins.getRight())).isEqualTo(720);
        }
    }

    @Test
    void everyThaiRunUsesTheFamilyOnAllSlotsWithThaiLanguage() throws IOException {
        try (XWPFDocument doc = seedDocument()) {
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                    }
                }
            }
            List<XWPFRun> thai = runs.stream().filter(r -> hasThai(r.text())).toList();
            assertThat(thai).hasSizeGreaterThan(50);
            for (XWPFRun r : thai) {
                assertThat(r.getFontFamily(FontCharRange.cs)).as("cs font of '%s'", r.text()).isEqualTo(FONT);
                assertThat(r.getFontFamily(FontCharRange.ascii)).as("ascii font of '%s'", r.text()).isEqualTo(FONT);
                assertThat(r.getFontFamily(FontCharRange.hAnsi)).isEqualTo(FONT);
                assertThat(r.getCTR().getRPr().getLangArray(0).getBidi()).isEqualTo("th-TH");
                assertThat(r.getCTR().getRPr().getLangArray(0).getVal()).isEqualTo("en-US");
                assertThat(r.getFontSizeAsDouble()).as("size of '%s'", r.text()).isNotNull();
            }
        }
    }

    @Test
    void headingLabelsAndBodyHaveTheirSizesAndExactLines() throws IOException {
        try (XWPFDocument doc = seedDocument()) {
            XWPFRun heading = runWithText(paragraphStartingWith(doc, "บันทึกข้อความ"), "บันทึกข้อความ");
            assertThat(heading.getFontSizeAsDouble()).isEqualTo(29.0);
            assertThat(heading.isBold()).isTrue();
            assertThat(heading.getCTR().getRPr().sizeOfBCsArray()).as("complex-script bold").isEqualTo(1);
            assertThat(heading.getCTR().getRPr().getSzCsArray(0).getVal()).isEqualTo(BigInteger.valueOf(58));

            String[][] labels = {{"ส่วนราชการ", "ส่วนราชการ"}, {"ที่", "ที่"}, {"ที่", "วันที่"}, {"เรื่อง", "เรื่อง"}};
            for (String[] l : labels) {
                XWPFRun label = runWithText(paragraphStartingWith(doc, l[0]), l[1]);
                assertThat(label.getFontSizeAsDouble()).as(l[1]).isEqualTo(20.0);
                assertThat(label.isBold()).as(l[1]).isTrue();
            }
            XWPFRun office = runWithText(paragraphStartingWith(doc, "ส่วนราชการ"),
                    "สำนักปลัด องค์การบริหารส่วนตำบลนาทอน อำเภอทุ่งหว้า จังหวัดสตูล");
            assertThat(office.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(office.isBold()).isFalse();

            XWPFParagraph body = paragraphStartingWith(doc, "ตามที่องค์การบริหารส่วนตำบลนาทอน");
            assertThat(body.getRuns()).allSatisfy(r -> assertThat(r.getFontSizeAsDouble()).isEqualTo(16.0));
            assertThat(body.getIndentationFirstLine()).isEqualTo(1417); // 2.5 cm
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.THAI_DISTRIBUTE);
            assertThat(body.getSpacingLineRule()).isEqualTo(LineSpacingRule.EXACT);
            assertThat(body.getCTP().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(390));

            XWPFRun sectionHeading = runWithText(paragraphStartingWith(doc, "ข้อเท็จจริง"), "ข้อเท็จจริง");
            assertThat(sectionHeading.isBold()).isTrue();
            assertThat(sectionHeading.getFontSizeAsDouble()).isEqualTo(16.0);
        }
    }

    @Test
    void labelledLinesCarryTheirValuesAndDotLeaders() throws IOException {
        try (XWPFDocument doc = seedDocument()) {
            List<String> texts = texts(doc.getParagraphs());
            int office = texts.indexOf(texts.stream().filter(t -> t.startsWith("ส่วนราชการ")).findFirst().orElseThrow());
            assertThat(texts.get(office))
                    .isEqualTo("ส่วนราชการ  สำนักปลัด องค์การบริหารส่วนตำบลนาทอน อำเภอทุ่งหว้า จังหวัดสตูล\t");
            assertThat(texts.get(office + 1)).as("ที่ and วันที่ on one line")
                    .isEqualTo("ที่  สต ๓๒๓๐๑ /\tวันที่  ๒๐ พฤษภาคม ๒๕๖๘\t");
            assertThat(texts.get(office + 2)).isEqualTo(
                    "เรื่อง  รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\t");
            assertThat(texts.get(office + 3)).isEqualTo("เรียน  นายกองค์การบริหารส่วนตำบลนาทอน");

            for (int i = office; i <= office + 2; i++) {
                List<CTTabStop> stops = List.of(doc.getParagraphs().get(i).getCTP().getPPr().getTabs().getTabArray());
                CTTabStop lastStop = stops.get(stops.size() - 1);
                assertThat(lastStop.getLeader()).isEqualTo(STTabTlc.DOT);
                assertThat(twips(lastStop.getPos())).as("dots run to the right margin")
                        .isEqualTo(11906 - 1701 - 1134);
            }
        }
    }

    @Test
    void signatureNameIsCentredUnderItsDottedLineWithTheRankBeforeIt() throws IOException {
        int width = 11906 - 1701 - 1134;
        try (XWPFDocument doc = seedDocument()) {
            XWPFParagraph sign = paragraphStartingWith(doc, "\tว่าที่ร้อยตรีหญิง");
            assertThat(LineBreaks.plain(sign.getText())).isEqualTo("\tว่าที่ร้อยตรีหญิง\t");
            List<CTTabStop> stops = List.of(sign.getCTP().getPPr().getTabs().getTabArray());
            assertThat(stops).hasSize(2);
            assertThat(stops.get(0).getLeader()).as("the rank ends where the dots start").isNull();
            assertThat(stops.get(1).getLeader()).isEqualTo(STTabTlc.DOT);
            long dotsStart = twips(stops.get(0).getPos());
            long dotsEnd = twips(stops.get(1).getPos());
            long centre = (dotsStart + dotsEnd) / 2;
            assertThat(dotsEnd - dotsStart).as("6 cm of dots").isEqualTo(3402);

            List<XWPFParagraph> ps = doc.getParagraphs();
            int i = ps.indexOf(sign);
            for (int k = 1; k <= 2; k++) {
                XWPFParagraph line = ps.get(i + k);
                assertThat(line.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
                long left = line.getIndentationLeft();
                assertThat((left + width) / 2).as("centred on the dots: " + LineBreaks.plain(line.getText())).isBetween(centre - 1, centre + 1);
                assertThat(width - left).as("room for the longest title on one line").isGreaterThan(DocxKit.cm(9.5));
            }
            assertThat(LineBreaks.plain(ps.get(i + 1).getText())).isEqualTo("(นิตยา สันหลี่)");
            assertThat(LineBreaks.plain(ps.get(i + 2).getText())).isEqualTo("นิติกรปฏิบัติการ");
            assertThat(LineBreaks.plain(ps.get(i - 1).getText())).isEqualTo("จึงเรียนมาเพื่อโปรดพิจารณา");
        }
        try (XWPFDocument doc = writeAndRead(seedMemo(null, ""), seedReport(), true)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph name = paragraphStartingWith(doc, "(นิตยา สันหลี่)");
            assertThat(LineBreaks.plain(ps.get(ps.indexOf(name) - 1).getText())).as("no rank: only the dotted line").isEqualTo("\t\t");
        }
    }

    @Test
    void approvalChainHasOneTitlePerBoxWithTickBoxOptionsNameAndPosition() throws IOException {
        try (XWPFDocument doc = seedDocument()) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            for (ApprovalBox box : seedApprovals()) {
                List<XWPFParagraph> titles = ps.stream().filter(p -> LineBreaks.plain(p.getText()).equals(box.title())).toList();
                assertThat(titles).as(box.title()).hasSize(1);
                XWPFParagraph title = titles.get(0);
                assertThat(title.getRuns().get(0).isBold()).isTrue();
                assertThat(title.isKeepNext()).as("kept with its signature").isTrue();
                int i = ps.indexOf(title);
                for (int o = 0; o < box.options().size(); o++) {
                    assertThat(LineBreaks.plain(ps.get(i + 1 + o).getText())).isEqualTo("☐ " + box.options().get(o));
                    assertThat(ps.get(i + 1 + o).isKeepNext()).isTrue();
                }
                int after = i + 1 + box.options().size();
                assertThat(LineBreaks.plain(ps.get(after).getText())).as("line to sign on").isEqualTo("\t\t");
                assertThat(ps.get(after).isKeepNext()).isTrue();
                assertThat(LineBreaks.plain(LineBreaks.plain(ps.get(after + 1).getText()))).isEqualTo(box.nameLine());
                assertThat(LineBreaks.plain(LineBreaks.plain(ps.get(after + 2).getText()))).isEqualTo(box.position());
            }
            assertThat(ps).noneMatch(XWPFParagraph::isPageBreak);
        }
    }

    @Test
    void pageOneHoldsTheFirstBoxAndTheCatchwordPageTwoTheRestUnderItsNumber() throws IOException {
        try (XWPFDocument doc = seedDocument()) {
            List<CTSectPr> sections = sections(doc);
            List<List<XWPFParagraph>> pages = sectionParagraphs(doc);
            List<String> page1 = texts(pages.get(0));
            List<String> page2 = texts(pages.get(1));
            assertThat(page1).contains("ความเห็นหัวหน้าสำนักปลัด", "หัวหน้าสำนักปลัด")
                    .doesNotContain("ความเห็นรองปลัดองค์การบริหารส่วนตำบลนาทอน");
            assertThat(page1.get(page1.size() - 1)).isEqualTo("หัวหน้าสำนักปลัด");
            assertThat(page2.get(0)).isEqualTo("ความเห็นรองปลัดองค์การบริหารส่วนตำบลนาทอน");
            assertThat(page2).contains("ความเห็นปลัดองค์การบริหารส่วนตำบลนาทอน", "ความเห็นนายกองค์การบริหารส่วนตำบลนาทอน");

            assertThat(header(doc, sections.get(0))).as("page 1 has no number").isNull();
            assertThat(footer(doc, sections.get(0))).as("the catchword at the foot of page 1")
                    .isEqualTo("/ความเห็นรองปลัด...");
            XWPFFooter cue = new XWPFHeaderFooterPolicy(doc, sections.get(0)).getDefaultFooter();
            assertThat(cue.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(header(doc, sections.get(1))).isEqualTo("- ๒ -");
            XWPFHeader number = new XWPFHeaderFooterPolicy(doc, sections.get(1)).getDefaultHeader();
            assertThat(number._getHdrFtr().xmlText()).as("text, not a field LibreOffice draws as ข")
                    .doesNotContain("PAGE").doesNotContain("fldChar");
            assertThat(number.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(footer(doc, sections.get(1))).as("the last page of the memo continues nowhere").isEmpty();

            for (CTSectPr report : sections.subList(2, 4)) {
                assertThat(header(doc, report)).as("the report's pages have no number").isEmpty();
                assertThat(footer(doc, report)).isEmpty();
            }
        }
        try (XWPFDocument arabic = writeAndRead(seedMemo(null, "ว่าที่ร้อยตรีหญิง"), seedReport(), false)) {
            assertThat(header(arabic, sections(arabic).get(1))).isEqualTo("- 2 -");
        }
    }

    @Test
    void singleApprovalLevelStaysOnPageOneWithoutCatchword() throws IOException {
        MemoContent seed = seedMemo(null, "");
        MemoContent oneLevel = new MemoContent(LABELS, seed.office(), seed.reference(), seed.date(), seed.subject(),
                seed.addressee(), seed.sections(), seed.closing(), seed.signatory(),
                seedApprovals().subList(3, 4), null, FONT, NAMES);
        try (XWPFDocument doc = writeAndRead(oneLevel, seedReport(), true)) {
            List<CTSectPr> sections = sections(doc);
            assertThat(sections).as("memo, cover, table").hasSize(3);
            assertThat(footer(doc, sections.get(0))).isEmpty();
            assertThat(texts(sectionParagraphs(doc).get(0))).filteredOn(t -> t.startsWith("ความเห็น")).hasSize(1);
        }
    }

    @Test
    void aMemoTooLongToPlanFallsBackToPageFields() throws IOException {
        MemoContent seed = seedMemo(null, "");
        String longText = seed.sections().get(0).paragraphs().get(0).repeat(6);
        MemoContent longMemo = new MemoContent(LABELS, seed.office(), seed.reference(), seed.date(), seed.subject(),
                seed.addressee(), List.of(new Section("เรื่องเดิม", List.of(longText))), seed.closing(),
                seed.signatory(), seedApprovals(), null, FONT, NAMES);
        MemoPages pages = new MemoPages(null, th.ita.report.text.Numerals.thai());
        assertThat(pages.plan(longMemo)).as("the body alone is more than a page").isNull();
        assertThat(pages.plan(seed)).as("the seed: one box on page 1, three on page 2")
                .extracting(List::size).containsExactly(1, 3);
        try (XWPFDocument doc = writeAndRead(longMemo, seedReport(), true)) {
            CTSectPr memo = sections(doc).get(0);
            assertThat(memo.isSetTitlePg()).isTrue();
            XWPFHeader later = new XWPFHeaderFooterPolicy(doc, memo).getDefaultHeader();
            assertThat(later._getHdrFtr().xmlText()).contains("PAGE \\* ThaiArabic");
            assertThat(LineBreaks.plain(later.getText())).contains("- ").contains("๒").contains(" -");
        }
    }

    @Test
    void catchwordUsesTheNextTitlesFirstWords() {
        assertThat(MemoPages.cueFor("/{0}...", "ความเห็นรองปลัดองค์การบริหารส่วนตำบลนาทอน")).isEqualTo("/ความเห็นรองปลัด...");
        assertThat(MemoPages.cueFor("/{0}...", "ความเห็น ปลัด อบต.")).isEqualTo("/ความเห็น...");
    }

    @Test
    void emblemFloatsOneAndAHalfCentimetresHighAndTheLayoutIsTheSameWithout() throws IOException {
        Path png = dir.resolve("garuda.png");
        BufferedImage image = new BufferedImage(90, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillOval(10, 10, 70, 80);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());

        List<String> withEmblem;
        try (XWPFDocument doc = writeAndRead(seedMemo(png.toString(), ""), seedReport(), true)) {
            assertThat(doc.getAllPictures()).hasSize(1);
            XWPFParagraph first = doc.getParagraphs().get(0);
            assertThat(LineBreaks.plain(first.getText())).isEqualTo("บันทึกข้อความ");
            var anchor = first.getRuns().get(0).getCTR().getDrawingArray(0).getAnchorArray(0);
            assertThat(anchor.getExtent().getCy()).as("1.5 cm").isEqualTo(540_000L);
            assertThat(anchor.getExtent().getCx()).isEqualTo(486_000L);
            assertThat(anchor.isSetWrapNone()).isTrue();
            assertThat(anchor.getPositionH().getRelativeFrom().toString()).isEqualTo("margin");
            withEmblem = texts(doc.getParagraphs());
        }

        Path notAnImage = dir.resolve("garuda.jpg");
        Files.writeString(notAnImage, "not an image", StandardCharsets.UTF_8);
        for (Path unusable : List.of(notAnImage, dir.resolve("missing.png"))) {
            try (XWPFDocument doc = writeAndRead(seedMemo(unusable.toString(), ""), seedReport(), true)) {
                assertThat(doc.getAllPictures()).isEmpty();
                XWPFParagraph first = doc.getParagraphs().get(0);
                assertThat(LineBreaks.plain(first.getText())).isEqualTo("บันทึกข้อความ");
                assertThat(first.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
                assertThat(texts(doc.getParagraphs())).as("same paragraphs, same pages").isEqualTo(withEmblem);
            }
        }
    }

    @Test
    void coverThenTableWithRepeatedShortHeaderAndEveryItemOnItsOwnLine() throws IOException {
        ReportContent report = seedReport();
        try (XWPFDocument doc = seedDocument()) {
            XWPFParagraph cover = paragraphStartingWith(doc, report.coverTitle().get(0));
            assertThat(cover.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(cover.getRuns().get(0).isBold()).isTrue();
            assertThat(cover.getRuns().get(0).getFontSizeAsDouble()).isGreaterThan(20.0);
            assertThat(texts(doc.getParagraphs())).contains("อำเภอทุ่งหว้า จังหวัดสตูล");
            XWPFParagraph intro = paragraphStartingWith(doc, "จากการวิเคราะห์");
            assertThat(intro.getIndentationFirstLine()).isEqualTo(1417);

            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(report.rows().size() + 1);
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.isCantSplitRow()).isTrue();
            assertThat(header.getTableCells().stream().map(c -> LineBreaks.plain(c.getText())).toList())
                    .isEqualTo(report.headings());
            int[] widths = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> (int) twips(c.getW())).toArray();
            for (int c = 0; c < 6; c++) {
                XWPFRun run = header.getCell(c).getParagraphs().get(0).getRuns().get(0);
                double headerPt = run.getFontSizeAsDouble();
                double widthEm = (widths[c] - 2 * AttachedReport.CELL_MARGIN) / 20.0 / (headerPt * TextWidth.BOLD);
                assertThat(TextWidth.lines(report.headings().get(c), widthEm)).as("heading %d in at most 3 lines", c)
                        .isLessThanOrEqualTo(3);
            }
            assertThat(table.getRows().subList(1, table.getRows().size())).as("every seed row fits on a page")
                    .allMatch(XWPFTableRow::isCantSplitRow);
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
            assertThat(table.getInsideHBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(table.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);

            for (int r = 0; r < report.rows().size(); r++) {
                Row row = report.rows().get(r);
                List<XWPFTableCell> cells = table.getRow(r + 1).getTableCells();
                assertThat(cellParagraphs(cells.get(0))).containsExactly(row.measure());
                assertThat(cellParagraphs(cells.get(1))).as("steps, one paragraph per item").isEqualTo(row.steps());
                assertThat(cellParagraphs(cells.get(2))).containsExactly(row.period());
                assertThat(cellParagraphs(cells.get(3))).containsExactly(row.responsible());
                assertThat(cellParagraphs(cells.get(4))).isEqualTo(row.outputs());
                assertThat(cellParagraphs(cells.get(5))).isEqualTo(row.outcomes());
                assertThat(cells.get(1).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                        .isEqualTo(AttachedReport.TABLE_PT);
            }
            assertThat(cellParagraphs(table.getRow(2).getCell(1))).hasSize(7).contains("(๓) ระยะเวลาแต่ละขั้นตอน");
        }
    }

    @Test
    void linesTypedInOneCellStayLinesOfTheirOwn() throws IOException {
        ReportContent seed = seedReport();
        Row typed = new Row("๒. การให้บริการและระบบ E-Service",
                List.of("๑. จัดทำคู่มือการให้บริการ โดยมีรายละเอียดของแต่ละงาน ดังนี้\n(๑) ชื่องาน\n(๒) วิธีการขั้นตอนการให้บริการ"),
                "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "ทุกส่วนราชการ", List.of("๑. มีช่องบริการ"), List.of("ผู้รับบริการเข้าถึงข้อมูล"));
        ReportContent report = new ReportContent(seed.coverTitle(), seed.coverOrganisation(), seed.tableTitle(),
                seed.intro(), seed.headings(), List.of(typed));
        try (XWPFDocument doc = writeAndRead(seedMemo(null, ""), report, true)) {
            XWPFParagraph steps = doc.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(steps.getCTP().xmlText().split("<w:br/>", -1)).as("two breaks, three lines").hasSize(3);
            assertThat(LineBreaks.plain(steps.getText())).isEqualTo(typed.steps().get(0));
        }
    }

    @Test
    void columnsAreSizedByTheirContent() throws IOException {
        try (XWPFDocument doc = seedDocument()) {
            var cols = doc.getTables().get(0).getCTTbl().getTblGrid().getGridColList();
            long[] w = cols.stream().mapToLong(c -> twips(c.getW())).toArray();
            assertThat(java.util.Arrays.stream(w).sum()).as("the table fills the landscape text width")
                    .isEqualTo(AttachedReport.TABLE_WIDTH);
            assertThat(w[1]).as("steps wider than period and responsible").isGreaterThan(w[2]).isGreaterThan(w[3]);
            assertThat(w[4]).isGreaterThan(w[2]).isGreaterThan(w[3]);
            // Every word of every cell fits its column: no word is ever cut by the renderer.
            ReportContent report = seedReport();
            for (List<String> row : report.cellTexts()) {
                for (int c = 0; c < 6; c++) {
                    double widthEm = (w[c] - 2 * AttachedReport.CELL_MARGIN) / 20.0 / AttachedReport.TABLE_PT;
                    assertThat(TextWidth.widestWordEm(row.get(c))).as("column %d: %s", c, row.get(c))
                            .isLessThanOrEqualTo(widthEm);
                }
            }
        }
    }
}
