package th.ita.report.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDefinitionLoaderTest {

    private final JobDefinitionLoader loader = new JobDefinitionLoader();

    @Test
    void readsTheShippedDefinitionWithTheSeedsValues() {
        JobDefinition d = loader.load(Path.of("jobs/natorn-2568.yml"));

        assertThat(d.fiscalYear()).isEqualTo(2568);
        assertThat(d.organisation().name()).isEqualTo("องค์การบริหารส่วนตำบลนาทอน");
        assertThat(d.ita().itemNumber()).isEqualTo("028");
        assertThat(d.memo().referenceCode()).isEqualTo("สต 32301");
        assertThat(d.signatory().rank()).isEqualTo("ว่าที่ร้อยตรีหญิง");
        assertThat(d.approvalChain()).extracting(JobDefinition.ApprovalLevel::name)
                .containsExactly("นางซาริต้า เต็นหลี่", "นางสาวสรวิทย์ ตาเดอีน", "นายสุริยนต์ อยู่ล้าย", "นายเอกชัย หลงขาว");
        assertThat(d.approvalChain()).extracting(JobDefinition.ApprovalLevel::executive)
                .containsExactly(false, false, false, true);
        assertThat(d.departments()).extracting(JobDefinition.Department::name)
                .containsExactly("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม");
        assertThat(d.departments().get(1).aliases()).isEmpty();
        assertThat(d.measures()).hasSize(7);
        assertThat(d.measures().get(1).name()).isEqualTo("การให้บริการและระบบ E-Service");
        assertThat(d.rendering().thaiDigits()).isTrue();
        assertThat(d.report().tableTitle()).hasSize(3);
    }

    @Test
    void aMissingFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.load(dir.resolve("none.yml")))
                .isInstanceOf(JobDefinitionException.class)
                .extracting(e -> ((JobDefinitionException) e).code()).isEqualTo("definition.missing");
    }

    @Test
    void brokenYamlIsAClearError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yml"), "fiscal-year: [2568\nmeasures: {");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(JobDefinitionException.class)
                .extracting(e -> ((JobDefinitionException) e).code()).isEqualTo("definition.unreadable");
    }

    @Test
    void missingMeasuresAndDepartmentsAreNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("thin.yml"), """
                organisation: {name: อบต.ทดสอบ}
                fiscal-year: 2568
                ita: {item-number: "028"}
                memo: {subject: เรื่อง}
                signatory: {name: ผู้ลงนาม}
                """);
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(JobDefinitionException.class)
                .satisfies(e -> assertThat(((JobDefinitionException) e).arguments()[1]).isEqualTo("departments, measures"));
    }

    @Test
    void aChristianEraFiscalYearIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ce.yml"), "organisation: {name: x}\nfiscal-year: 2025\n");
        assertThatThrownBy(() -> loader.load(file))
                .extracting(e -> ((JobDefinitionException) e).code()).isEqualTo("definition.fiscalYear");
    }

    @Test
    void anOfficeFileOverridesKeysAndReplacesListsWhole(@TempDir Path dir) throws IOException {
        Path shared = Path.of("jobs/natorn-2568.yml");
        JobDefinition base = loader.load(shared);
        Path own = Files.writeString(dir.resolve("job.yml"), """
                organisation:
                  name: องค์การบริหารส่วนตำบลขอนคลาน
                departments:
                  - name: สำนักปลัด
                  - name: กองคลัง
                """);

        JobDefinition d = loader.load(shared, own);

        assertThat(d.organisation().name()).isEqualTo("องค์การบริหารส่วนตำบลขอนคลาน");
        // A list the office gives replaces the shared one, not merged item by item.
        assertThat(d.departments()).extracting(JobDefinition.Department::name).containsExactly("สำนักปลัด", "กองคลัง");
        // What the office leaves out comes from the shared definition.
        assertThat(d.fiscalYear()).isEqualTo(base.fiscalYear());
        assertThat(d.measures()).isEqualTo(base.measures());
        assertThat(d.signatory()).isEqualTo(base.signatory());
    }

    @Test
    void aBrokenOfficeFileIsReportedAgainstThatFile(@TempDir Path dir) throws IOException {
        Path own = Files.writeString(dir.resolve("job.yml"), "fiscal-year: 25x8\n");

        assertThatThrownBy(() -> loader.load(Path.of("jobs/natorn-2568.yml"), own))
                .isInstanceOf(JobDefinitionException.class)
                .satisfies(e -> assertThat(((JobDefinitionException) e).arguments()[0]).isEqualTo(own));
    }
}
