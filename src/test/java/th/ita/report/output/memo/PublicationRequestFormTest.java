package th.ita.report.output.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.output.layout.LineBreaks;
import th.ita.report.output.page.ValidationPageTest;
import th.ita.report.report.DocumentText;
import th.ita.report.report.PublicationContent;
import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.merge.CompiledReport;
import th.ita.report.merge.MergedMeasure;

/** The website publication request form, worded from the shipped job definition and read back with POI. */
class PublicationRequestFormTest {

    static final Path JOB = Path.of("jobs/natorn-2568.yml");
    static final LocalDate RUN_DATE = LocalDate.of(2025, 6, 2);

    @TempDir
    Path dir;

    static CompiledReport twoMeasures() {
        return new CompiledReport(2568, List.of(
                new MergedMeasure(1, "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", List.of("๑. ปรับปรุงคู่มือ"),
                        "ก.พ. - มี.ค. พ.ศ. ๒๕๖๘", "ทุกส่วนราชการ", List.of("๑. ทบทวนคู่มือ"), List.of("โปร่งใส"),
                        List.of("สำนักปลัด", "กองคลัง")),
                new MergedMeasure(2, "การให้บริการและระบบ E-Service", List.of("๑. จัดทำคู่มือ"),
                        "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "ทุกส่วนราชการ", List.of("๑. มีช่องบริการ E-service"),
                        List.of("เข้าถึงข้อมูลได้ง่าย"), List.of("กองคลัง", "กองช่าง"))));
    }

    private XWPFDocument written(JobDefinition definition) throws IOException {
        PublicationContent form = new DocumentText(definition, JOB, ValidationPageTest.messageSource())
                .publication(twoMeasures(), RUN_DATE);
        Path file = dir.resolve("form-" + System.nanoTime() + ".docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PublicationRequestForm(false).write(form, out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(p -> LineBreaks.plain(p.getText())).toList();
    }

    @Test
    void theShippedDefinitionFillsEveryFieldAndLeavesDotsWhereItIsOpen() throws IOException {
        try (XWPFDocument doc = written(new JobDefinitionLoader().load(JOB))) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(LineBreaks.plain(title.getText())).isEqualTo("แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน");
            assertThat(title.getRuns().get(0).isBold()).isTrue();

            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(8);
            assertThat(LineBreaks.plain(table.getRow(0).getCell(0).getText()))
                    .isEqualTo("ชื่อหน่วยงาน : องค์การบริหารส่วนตำบลนาทอน อำเภอทุ่งหว้า จังหวัดสตูล");
            assertThat(LineBreaks.plain(table.getRow(1).getCell(0).getText())).as("the memo's date")
                    .isEqualTo("วัน/เดือน/ปี : ๒๐ พฤษภาคม ๒๕๖๘");
            assertThat(LineBreaks.plain(table.getRow(2).getCell(0).getText())).isEqualTo(
                    "หัวข้อ : รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.\u00A0๒๕๖๘");
            List<String> details = lines(table.getRow(3).getCell(0));
            assertThat(details.get(0)).isEqualTo("รายละเอียดข้อมูล (โดยสรุปหรือเอกสารแนบ)");
            assertThat(details.get(1)).contains("จำนวน ๒ มาตรการ").contains("สำนักปลัด, กองคลัง, กองช่าง")
                    .contains("ประจำปีงบประมาณ พ.ศ.\u00A0๒๕๖๘").doesNotContain("{");
            assertThat(LineBreaks.plain(table.getRow(4).getCell(0).getText())).matches("Link ภายนอก : \\.{20,}");
            assertThat(LineBreaks.plain(table.getRow(5).getCell(0).getText())).startsWith("หมายเหตุ : ").contains("(OIT) ข้อ ๐๒๘");

            assertThat(table.getRow(6).getTableCells()).as("two blocks side by side").hasSize(2);
            assertThat(lines(table.getRow(6).getCell(0))).containsExactly("ผู้รับผิดชอบการให้ข้อมูล",
                    "ลงชื่อ " + ".".repeat(40), "(ว่าที่ร้อยตรีหญิงนิตยา สันหลี่)", "ตำแหน่ง นิติกรปฏิบัติการ",
                    "วันที่ ........./................../.........");
            assertThat(lines(table.getRow(6).getCell(1))).contains("ผู้อนุมัติรับรอง", "(นายเอกชัย หลงขาว)",
                    "ตำแหน่ง นายกองค์การบริหารส่วนตำบลนาทอน");
            assertThat(table.getRow(7).getTableCells()).hasSize(1);
            List<String> publisher = lines(table.getRow(7).getCell(0));
            assertThat(publisher.get(0)).isEqualTo("ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่");
            assertThat(publisher.get(2)).as("name unset: dots").matches("\\(\\.{20,}\\)");
            assertThat(publisher.get(3)).matches("ตำแหน่ง \\.{20,}");
        }
    }

    @Test
    void valuesTheOfficerGivesArePrintedAndAMissingSectionTakesTheDefaults() throws IOException {
        JobDefinition shipped = new JobDefinitionLoader().load(JOB);
        JobDefinition.PublicationRequest given = new JobDefinition.PublicationRequest(null, null, "2568-05-21", null,
                "สรุป {measureCount} มาตรการ", "https://www.nathon.go.th/ita/o28", "หมายเหตุของสำนักงาน",
                null, null, new JobDefinition.Signer(null, "นายสมชาย ใจดี", "นักวิชาการคอมพิวเตอร์", "2025-05-22"));
        JobDefinition withLink = new JobDefinition(shipped.organisation(), shipped.fiscalYear(), shipped.reportPeriod(),
                shipped.ita(), shipped.memo(), shipped.report(), shipped.signatory(), shipped.approvalChain(),
                shipped.departments(), shipped.measures(), shipped.rendering(), given);
        try (XWPFDocument doc = written(withLink)) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(LineBreaks.plain(table.getRow(1).getCell(0).getText())).isEqualTo("วัน/เดือน/ปี : ๒๑ พฤษภาคม ๒๕๖๘");
            assertThat(lines(table.getRow(3).getCell(0)).get(1)).isEqualTo("สรุป ๒ มาตรการ");
            assertThat(LineBreaks.plain(table.getRow(4).getCell(0).getText())).isEqualTo("Link ภายนอก : https://www.nathon.go.th/ita/o28");
            assertThat(LineBreaks.plain(table.getRow(5).getCell(0).getText())).isEqualTo("หมายเหตุ : หมายเหตุของสำนักงาน");
            assertThat(lines(table.getRow(7).getCell(0))).contains("(นายสมชาย ใจดี)", "ตำแหน่ง นักวิชาการคอมพิวเตอร์",
                    "วันที่ ๒๒ พฤษภาคม ๒๕๖๘");
            assertThat(lines(table.getRow(6).getCell(0))).as("supplier left out: dots")
                    .anyMatch(l -> l.matches("\\(\\.{20,}\\)"));
        }

        JobDefinition without = new JobDefinition(shipped.organisation(), shipped.fiscalYear(), shipped.reportPeriod(),
                shipped.ita(), shipped.memo(), shipped.report(), shipped.signatory(), shipped.approvalChain(),
                shipped.departments(), shipped.measures(), shipped.rendering());
        try (XWPFDocument doc = written(without)) {
            assertThat(LineBreaks.plain(doc.getParagraphs().get(0).getText())).isEqualTo("แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน");
            XWPFTable table = doc.getTables().get(0);
            assertThat(LineBreaks.plain(table.getRow(0).getCell(0).getText()))
                    .isEqualTo("ชื่อหน่วยงาน : องค์การบริหารส่วนตำบลนาทอน อำเภอทุ่งหว้า จังหวัดสตูล");
            assertThat(lines(table.getRow(3).getCell(0)).get(1)).contains("จำนวน ๒ มาตรการ");
            assertThat(lines(table.getRow(6).getCell(0)).get(0)).isEqualTo("ผู้รับผิดชอบการให้ข้อมูล");
        }
    }
}
