package th.ita.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.ita.report.definition.JobDefinition.Measure;
import th.ita.report.validation.MeasureResolution.Outcome;

class MeasureResolverTest {

    static final List<Measure> MEASURES = List.of(
            new Measure(1, "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", List.of()),
            new Measure(2, "การให้บริการและระบบ E-Service", List.of("E-Service")),
            new Measure(3, "ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ", List.of()),
            new Measure(4, "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", List.of()),
            new Measure(5, "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง", List.of()),
            new Measure(6, "กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล", List.of()),
            new Measure(7, "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", List.of("มาตรการป้องกันการทุจริต")));

    private final MeasureResolver resolver = new MeasureResolver(MEASURES);

    private void assertResolved(String cell, int number) {
        MeasureResolution resolution = resolver.resolve(cell);
        assertThat(resolution.outcome()).as(cell).isEqualTo(Outcome.RESOLVED);
        assertThat(resolution.measure()).as(cell).isEqualTo(MEASURES.get(number - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t", "\u200b", " \u00a0 "})
    void blankCellContinuesTheMeasureAbove(String cell) {
        assertThat(resolver.resolve(cell)).isEqualTo(new MeasureResolution(Outcome.EMPTY, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "๑", "1.", "๑.", "๑)", "1)", " 1 ", "มาตรการที่ ๑", "มาตรการที่1", "มาตรการ ๑",
            "มาตรการที่ ๑.", "1.0", "๑.๐", "\u200b๑."})
    void numberAloneNamesMeasureOne(String cell) {
        MeasureResolution resolution = resolver.resolve(cell);
        assertThat(resolution.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(resolution.measure().number()).isEqualTo(1);
        assertThat(resolution.number()).isEqualTo(1);
        assertThat(resolution.name()).isNull();
    }

    @Test
    void everyMeasureResolvesByNumberInBothDigitStyles() {
        String[] thai = {"๑", "๒", "๓", "๔", "๕", "๖", "๗"};
        for (int n = 1; n <= 7; n++) {
            assertResolved(n + ".", n);
            assertResolved(thai[n - 1] + ".", n);
        }
    }

    @Test
    void everyOfficialNameResolvesAlone() {
        for (Measure measure : MEASURES) {
            assertResolved(measure.name(), measure.number());
            assertThat(resolver.resolve(measure.name()).number()).isNull();
        }
    }

    /** The measure cells of the seed report, as the PDF wrapped them. */
    @Test
    void seedReportMeasureCells() {
        assertResolved("๑. กระบวนการ ปฏิบัติงานที่โปร่งใส และมีประสิทธิภาพ", 1);
        assertResolved("๒. การให้บริการ และระบบ E-Service", 2);
        assertResolved("๓. ช่องทางและ รูปแบบการ ประชาสัมพันธ์ เผยแพร่ข้อมูล ข่าวสารภาครัฐ", 3);
        assertResolved("๔. กระบวนการ กำกับดูแลการใช้ ทรัพย์สินของ ราชการ", 4);
        assertResolved("๕. กระบวนการ สร้างความโปร่งใส ในการใช้ งบประมาณและ การจัดซื้อจัดจ้าง", 5);
        assertResolved("๖. กระบวนการ ควบคุม ตรวจสอบ การใช้อำนาจและ การบริหารงาน บุคคล", 6);
        assertResolved("๗. กลไกและ มาตรการในการ แก้ไขและป้องกัน การทุจริตภายใน หน่วยงาน", 7);
    }

    @Test
    void pastedSpacingLineBreaksAndCaseDoNotMatter() {
        assertResolved("กระบวนการ\nปฏิบัติงานที่โปร่งใส\nและมีประสิทธิภาพ", 1);
        assertResolved("กระบวนการ\r\nปฏิบัติ\u200bงานที่โปร่งใสและ\u00a0มีประสิทธิภาพ", 1);
        assertResolved("การให้บริการและระบบ E- Service", 2);
        assertResolved("การให้บริการและระบบ e-service", 2);
        assertResolved("การให้บริการและระบบ E-SERVICE", 2);
        assertResolved("การให้บริการและระบบ E–Service", 2);
        assertResolved("๒.การให้บริการและระบบ E Service", 2);
    }

    @Test
    void numberAndNameTogether() {
        MeasureResolution resolution = resolver.resolve("๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ");
        assertThat(resolution).isEqualTo(new MeasureResolution(Outcome.RESOLVED, MEASURES.get(0), 1,
                "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ"));
        assertResolved("มาตรการที่ ๗ กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", 7);
        assertResolved("7 - กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", 7);
        assertResolved("1กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", 1);
    }

    @Test
    void aliasResolves() {
        assertResolved("E-Service", 2);
        assertResolved("มาตรการป้องกัน การทุจริต", 7);
        assertResolved("๗. มาตรการป้องกันการทุจริต", 7);
    }

    @Test
    void truncatedPasteResolvesWhenLongAndUnique() {
        // "กระบวนการปฏิบัติงาน" is 19 key characters and starts only measure 1's name.
        assertResolved("กระบวนการปฏิบัติงาน", 1);
        assertResolved("ช่องทางและรูปแบบการ", 3);
    }

    @Test
    void shortPrefixDoesNotResolve() {
        // Measures 1, 4, 5 and 6 all start with "กระบวนการ"; 9 characters is too short anyway.
        MeasureResolution resolution = resolver.resolve("กระบวนการ");
        assertThat(resolution.outcome()).isEqualTo(Outcome.UNKNOWN_NAME);
        assertThat(resolution.measure()).isNull();
        assertThat(resolution.name()).isEqualTo("กระบวนการ");
    }

    @Test
    void longPrefixResolvesThoughItsFirstWordIsShared() {
        // "กระบวนการ" opens four names; with "กำกับ" the 14-character prefix fits measure 4 only.
        MeasureResolution resolution = resolver.resolve("กระบวนการ กำกับ");
        assertThat(resolution.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(resolution.measure().number()).isEqualTo(4);
    }

    @Test
    void nameInsideLongerTextResolves() {
        assertResolved("มาตรการที่ ๕ กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง (ต่อ)", 5);
        assertResolved("กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล ของ อบต.นาทอน", 6);
    }

    @Test
    void textContainingTwoMeasureNamesIsAmbiguous() {
        MeasureResolution resolution = resolver.resolve(
                "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ และ กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ");
        assertThat(resolution.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(resolution.measure()).isNull();
        assertThat(resolution.number()).isNull();
    }

    @Test
    void numberAndNameOfDifferentMeasuresIsAmbiguous() {
        MeasureResolution resolution = resolver.resolve("๓. การให้บริการและระบบ E-Service");
        assertThat(resolution).isEqualTo(new MeasureResolution(Outcome.AMBIGUOUS, null, 3, "การให้บริการและระบบ E-Service"));
    }

    @Test
    void numberWithNameOfNoMeasureIsAMismatchResolvedByNumber() {
        MeasureResolution resolution = resolver.resolve("๔. กระบวนการกำกับดูแลการใช้ทรัพย์สินของราฃการ");
        assertThat(resolution.outcome()).isEqualTo(Outcome.NAME_MISMATCH);
        assertThat(resolution.measure()).isEqualTo(MEASURES.get(3));
        assertThat(resolution.number()).isEqualTo(4);
        assertThat(resolution.name()).isEqualTo("กระบวนการกำกับดูแลการใช้ทรัพย์สินของราฃการ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"มาตรการที่ ๘", "9.", "๐", "12", "มาตรการ 10"})
    void numberOutsideTheMeasuresIsUnknown(String cell) {
        MeasureResolution resolution = resolver.resolve(cell);
        assertThat(resolution.outcome()).isEqualTo(Outcome.UNKNOWN_NUMBER);
        assertThat(resolution.measure()).isNull();
        assertThat(resolution.number()).isNotNull();
    }

    @Test
    void unknownNumberKeepsTheNameForTheMessage() {
        MeasureResolution resolution = resolver.resolve("๘. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ");
        assertThat(resolution).isEqualTo(new MeasureResolution(Outcome.UNKNOWN_NUMBER, null, 8,
                "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ"));
    }

    @Test
    void nameOfNoMeasureIsUnknownAndQuotedAsWritten() {
        MeasureResolution resolution = resolver.resolve("  โครงการ\nอบรมคุณธรรม  ๒๕๖๘ ");
        assertThat(resolution).isEqualTo(new MeasureResolution(Outcome.UNKNOWN_NAME, null, null, "โครงการ อบรมคุณธรรม ๒๕๖๘"));
    }

    @Test
    void decimalIsNoMeasureNumber() {
        MeasureResolution resolution = resolver.resolve("1.5");
        assertThat(resolution.outcome()).isEqualTo(Outcome.UNKNOWN_NAME);
        assertThat(resolution.number()).isNull();
    }

    @Test
    void nameKeepsTheDepartmentsDigits() {
        MeasureResolution resolution = resolver.resolve("๒. การให้บริการ ปี ๒๕๖๘");
        assertThat(resolution.outcome()).isEqualTo(Outcome.NAME_MISMATCH);
        assertThat(resolution.name()).isEqualTo("การให้บริการ ปี ๒๕๖๘");
    }

    @Test
    void nameMatchingSeveralMeasuresIsAmbiguousAloneButSettledByANumber() {
        List<Measure> measures = List.of(
                new Measure(1, "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", List.of("ความโปร่งใส")),
                new Measure(5, "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง", List.of("ความโปร่งใส")));
        MeasureResolver shared = new MeasureResolver(measures);

        assertThat(shared.resolve("ความโปร่งใส").outcome()).isEqualTo(Outcome.AMBIGUOUS);
        MeasureResolution withNumber = shared.resolve("๕. ความโปร่งใส");
        assertThat(withNumber.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(withNumber.measure()).isEqualTo(measures.get(1));
    }

    @Test
    void sharedLongPrefixIsAmbiguous() {
        List<Measure> measures = List.of(
                new Measure(1, "กระบวนการสร้างความโปร่งใสในการปฏิบัติงาน", List.of()),
                new Measure(2, "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณ", List.of()));
        MeasureResolution resolution = new MeasureResolver(measures).resolve("กระบวนการสร้างความโปร่งใส");
        assertThat(resolution.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(resolution.measure()).isNull();
    }

    @Test
    void measuresWithoutAliasesListAreAccepted() {
        MeasureResolver noAliases = new MeasureResolver(List.of(new Measure(1, "กระบวนการปฏิบัติงานที่โปร่งใส", null)));
        assertThat(noAliases.resolve("กระบวนการ ปฏิบัติงานที่โปร่งใส").outcome()).isEqualTo(Outcome.RESOLVED);
    }
}
