package th.ita.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreaksTest {

    @Test
    void anAbbreviationStaysWithItsNumber() {
        assertThat(LineBreaks.keepTogether("ก.พ. - ก.ย. พ.ศ. ๒๕๖๘")).isEqualTo("ก.พ. - ก.ย. พ.ศ.\u00A0๒๕๖๘");
        assertThat(LineBreaks.keepTogether("ต.ค. 67 - ก.ย. 68")).isEqualTo("ต.ค.\u00A067 - ก.ย.\u00A068");
        assertThat(LineBreaks.keepTogether("ประจำปี ๒๕๖๘")).as("no abbreviation, nothing joined").isEqualTo("ประจำปี ๒๕๖๘");
        assertThat(LineBreaks.keepTogether("เช่น ณ ที่ตั้ง")).isEqualTo("เช่น ณ ที่ตั้ง");
        assertThat(LineBreaks.keepTogether(null)).isNull();
    }

    @Test
    void aPlaceNameIsHeldWholeAndSetApartFromTheWordsAroundIt() {
        String text = "องค์การบริหารส่วนตำบลนาทอน อำเภอทุ่งหว้า จังหวัดสตูล";
        String kept = LineBreaks.keepNames(text, List.of("นาทอน", "ทุ่งหว้า", "สตูล"));
        assertThat(LineBreaks.plain(kept)).isEqualTo(text);
        assertThat(kept).contains("ตำบล\u200Bน\u2060า\u2060ท\u2060อ\u2060น ")
                .contains("จังหวัด\u200Bส\u2060ตู\u2060ล")
                .as("a letter with its marks stays one").contains("ทุ่\u2060ง");
        assertThat(LineBreaks.keepNames("อบต.นาทอน", List.of("นาทอน"))).as("after a dot: no zero-width space")
                .isEqualTo("อบต.น\u2060า\u2060ท\u2060อ\u2060น");
        assertThat(LineBreaks.keepNames(text, List.of("", " ", "ก"))).as("nothing to keep").isEqualTo(text);
    }

    @Test
    void wordsAreTheDictionarysWithWhatRenderersKeepTogether() {
        assertThat(LineBreaks.words("ได้ดำเนินการจัดทำรายงาน")).containsExactly("ได้", "ดำเนิน", "การ", "จัด", "ทำ", "รายงาน");
        assertThat(LineBreaks.words(LineBreaks.keepTogether("ก.พ. - ก.ย. พ.ศ. ๒๕๖๘")))
                .containsExactly("ก.พ.", " ", "-", " ", "ก.ย.", " ", "พ.ศ.\u00A0๒๕๖๘");
        assertThat(LineBreaks.words("หน่วยงานภาครัฐ (ITA) ประจำปี")).contains("(ITA)");
        assertThat(LineBreaks.words("จัดทำ/ปรับปรุง")).containsExactly("จัด", "ทำ/", "ปรับปรุง");
    }

    @Test
    void plainDropsOnlyTheInvisibleMarks() {
        assertThat(LineBreaks.plain("ตำบล\u200Bน\u2060า พ.ศ.\u00A0๒๕๖๘")).isEqualTo("ตำบลนา พ.ศ.\u00A0๒๕๖๘");
    }
}
