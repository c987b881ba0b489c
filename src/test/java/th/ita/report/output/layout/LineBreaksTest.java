package th.ita.report.output.layout;

import th.ita.report.text.ThaiLines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreaksTest {

    @Test
    void anAbbreviationStaysWithItsNumber() {
        assertThat(ThaiLines.keepTogether("ก.พ. - ก.ย. พ.ศ. ๒๕๖๘")).isEqualTo("ก.พ. - ก.ย. พ.ศ.\u00A0๒๕๖๘");
        assertThat(ThaiLines.keepTogether("ต.ค. 67 - ก.ย. 68")).isEqualTo("ต.ค.\u00A067 - ก.ย.\u00A068");
        assertThat(ThaiLines.keepTogether("ประจำปี ๒๕๖๘")).as("no abbreviation, nothing joined").isEqualTo("ประจำปี ๒๕๖๘");
        assertThat(ThaiLines.keepTogether("เช่น ณ ที่ตั้ง")).isEqualTo("เช่น ณ ที่ตั้ง");
        assertThat(ThaiLines.keepTogether(null)).isNull();
    }

    @Test
    void forRenderersThaiWordsAreSpelledOutAndPlaceNamesHeldWhole() {
        LineBreaks breaks = new LineBreaks(List.of("นาทอน", "ทุ่งหว้า", "สตูล", " "), true);
        String text = "ได้จัดทำรายงานงบประมาณของตำบลนาทอน อำเภอทุ่งหว้า จังหวัดสตูล (ITA) พ.ศ.\u00A0๒๕๖๘";
        String marked = breaks.forRenderers(text);
        assertThat(LineBreaks.plain(marked)).as("nothing but invisible marks added").isEqualTo(text);
        // Between the dictionary's words a zero-width space; inside each, a word joiner between letters.
        assertThat(marked).startsWith("ไ\u2060ด้\u200Bจั\u2060ด\u200Bท\u2060ำ\u200Bร\u2060า\u2060ย\u2060ง\u2060า\u2060น\u200B"
                + "ง\u2060บ\u2060ป\u2060ร\u2060ะ\u2060ม\u2060า\u2060ณ");
        // The place name, which the dictionary would cut up, whole, set apart from the word before it.
        assertThat(marked).contains("ต\u2060ำ\u2060บ\u2060ล\u200Bน\u2060า\u2060ท\u2060อ\u2060น อ")
                .contains("จั\u2060ง\u2060ห\u2060วั\u2060ด\u200Bส\u2060ตู\u2060ล")
                .as("a letter keeps its marks").contains("ทุ่\u2060ง\u2060ห\u2060ว้\u2060า");
        assertThat(marked).as("digits and Latin untouched").contains("(ITA)").endsWith("พ.ศ.\u00A0๒๕๖๘");
        assertThat(breaks.forRenderers("E-Service 2568")).isEqualTo("E-Service 2568");
        // Pieces the dictionary leaves of a word it does not know are not broken apart.
        assertThat(breaks.forRenderers("เว็บไซต์ของ")).as("ไซ|ต์: no break before a silent letter")
                .doesNotContain("ซ\u200Bต์");
        assertThat(breaks.forRenderers(null)).isNull();
        // The officer's own copy is left as it is.
        assertThat(new LineBreaks(List.of("นาทอน"), false).forRenderers(text)).isEqualTo(text);

        // Every zero-width space sits on a boundary of the JDK's Thai dictionary, and no word joiner does.
        java.text.BreakIterator words = java.text.BreakIterator.getWordInstance(java.util.Locale.forLanguageTag("th"));
        String plain = "เห็นควรอนุมัตินำรายงานผลการดำเนินการเผยแพร่ให้ประชาชนทราบ";
        words.setText(plain);
        String spelled = new LineBreaks(List.of(), true).forRenderers(plain);
        int at = 0;
        for (char c : spelled.toCharArray()) {
            if (c == LineBreaks.ZERO_WIDTH_SPACE) {
                assertThat(words.isBoundary(at)).as("zero-width space at %d", at).isTrue();
            } else if (c == LineBreaks.WORD_JOINER) {
                assertThat(words.isBoundary(at)).as("word joiner at %d", at).isFalse();
            } else {
                at++;
            }
        }
    }

    @Test
    void wordsAreTheDictionarysWithWhatRenderersKeepTogether() {
        assertThat(LineBreaks.words("ได้ดำเนินการจัดทำรายงาน")).containsExactly("ได้", "ดำเนิน", "การ", "จัด", "ทำ", "รายงาน");
        assertThat(LineBreaks.words(ThaiLines.keepTogether("ก.พ. - ก.ย. พ.ศ. ๒๕๖๘")))
                .containsExactly("ก.พ.", " ", "-", " ", "ก.ย.", " ", "พ.ศ.\u00A0๒๕๖๘");
        assertThat(LineBreaks.words("หน่วยงานภาครัฐ (ITA) ประจำปี")).contains("(ITA)");
        assertThat(LineBreaks.words("จัดทำ/ปรับปรุง")).containsExactly("จัด", "ทำ/", "ปรับปรุง");
    }

    @Test
    void plainDropsOnlyTheInvisibleMarks() {
        assertThat(LineBreaks.plain("ตำบล\u200Bน\u2060า พ.ศ.\u00A0๒๕๖๘")).isEqualTo("ตำบลนา พ.ศ.\u00A0๒๕๖๘");
    }
}
