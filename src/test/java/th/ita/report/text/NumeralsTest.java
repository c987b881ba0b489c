package th.ita.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumeralsTest {

    @Test
    void everyDigitTakesTheStyleAndNothingElseChanges() {
        assertThat(Numerals.thai().apply("ปี 2568 ข้อ ๓.1")).isEqualTo("ปี ๒๕๖๘ ข้อ ๓.๑");
        assertThat(Numerals.toArabic("ปี ๒๕๖๘ ข้อ 3.๑")).isEqualTo("ปี 2568 ข้อ 3.1");
        assertThat(Numerals.toArabic(null)).isNull();
    }

    /** The digit rewrite that copies only when a digit changes gives what a character-by-character map gives. */
    @Test
    void rewriteMatchesTheCharacterMap() {
        String alphabet = "0123456789๐๑๒๓๔๕๖๗๘๙ ก.a";
        for (String s : RandomTexts.of(11, 20_000, 12, alphabet, "\u0E4F\u0E5A/")) {
            for (Numerals style : new Numerals[] {Numerals.thai(), Numerals.arabic()}) {
                StringBuilder expected = new StringBuilder();
                for (char c : s.toCharArray()) {
                    int value = c >= '0' && c <= '9' ? c - '0' : c >= '\u0E50' && c <= '\u0E59' ? c - '\u0E50' : -1;
                    expected.append(value < 0 ? c : (char) ((style.isThai() ? '\u0E50' : '0') + value));
                }
                assertThat(style.apply(s)).as("%s", RandomTexts.codePoints(s)).isEqualTo(expected.toString());
            }
        }
    }
}
