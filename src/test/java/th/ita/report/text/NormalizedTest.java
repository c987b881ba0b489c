package th.ita.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** One matching form for the spellings typing and pasting produce; display text is left alone. */
class NormalizedTest {

    @Test
    void decomposedSaraAmIsSaraAmWithOrWithoutAToneMarkOrASpaceInside() {
        // สำนัก typed as ส + nikhahit + sara aa, as PDFs give it.
        assertThat(Normalized.text("ส\u0E4D\u0E32นักปลัด")).isEqualTo("สำนักปลัด");
        // น้ำ: the tone mark before or after the nikhahit, or a PDF's space inside.
        assertThat(Normalized.text("น\u0E49\u0E4D\u0E32")).isEqualTo("น\u0E49\u0E33");
        assertThat(Normalized.text("น\u0E4D\u0E49\u0E32")).isEqualTo("น\u0E49\u0E33");
        assertThat(Normalized.text("ส \u0E4D\u0E32 นัก")).isEqualTo("สำ นัก");
        assertThat(Normalized.key("ส \u0E4D\u0E32 นัก ปลัด")).isEqualTo(Normalized.key("สำนักปลัด"));
    }

    @Test
    void zeroWidthCharactersNoBreakSpacesAndBrokenSpacingDoNotCount() {
        assertThat(Normalized.text("\uFEFFกอง\u200bคลัง\u00A0\u00A0อบต.\u202Fนาทอน \u2060")).isEqualTo("กองคลัง อบต. นาทอน");
        // A PDF's space before a vowel or tone mark: no word starts with one.
        assertThat(Normalized.text("ก ำกับดูแล ก ารใช้ทรัพย์สิน")).isEqualTo("กำกับดูแล การใช้ทรัพย์สิน");
        assertThat(Normalized.text("ผู ้รับผิดชอบ")).isEqualTo("ผู้รับผิดชอบ");
    }

    @Test
    void unicodeNfcPutsAVowelBelowAndAToneMarkInOneOrder() {
        // ผู้ typed tone-mark-first: the same word after NFC.
        assertThat(Normalized.text("ผ\u0E49\u0E39")).isEqualTo(Normalized.text("ผ\u0E39\u0E49"));
        // e with an acute accent, composed or not.
        assertThat(Normalized.key("E-Servic\u0065\u0301")).isEqualTo(Normalized.key("E-Servic\u00E9"));
    }

    @Test
    void keysIgnoreSpacesDigitStyleAndCaseAndDisplayKeepsTheWording() {
        assertThat(Normalized.key("มาตรการที่ ๑  E-Service")).isEqualTo("มาตรการที่1e-service");
        // The display form only tidies whitespace: a department's ํ + า stays as written.
        assertThat(Normalized.spaces("ส\u0E4D\u0E32นัก   ปลัด")).isEqualTo("ส\u0E4D\u0E32นัก ปลัด");
    }

    /**
     * The one-pass check that lets most text skip the replacements never changes a result: random
     * text of words, every kind of space, marks, controls and format characters is normalised as
     * by the replacements alone.
     */
    @Test
    void theQuickPathsGiveWhatTheReplacementsGive() {
        String rare = "กขสนำาัิ่้ํ ะ abcAB(1)๑๕.\u0E4D\u0E32\u0E4B\u00A0\u200B\u2060\uFEFF\u00AD\u202F\u3000\u2028\n\r\t\u000B\u001F\u0001"
                // Every Thai mark (below, above, tone), so marks typed out of order are reordered as NFC does,
                // and Latin that composes or lower-cases beyond ASCII.
                + "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E3A\u0E47\u0E48\u0E49\u0E4A\u0E4C\u0E4E"
                + "e\u0301\u0323\u00C9\u0130\u03A3";
        for (String s : RandomTexts.of(15, 50_000, 12, rare.substring(0, 8), rare)) {
            assertThat(Normalized.text(s)).as("text(%s)", RandomTexts.codePoints(s))
                    .isEqualTo(replacedText(s));
            assertThat(Normalized.key(s)).as("key(%s)", RandomTexts.codePoints(s))
                    .isEqualTo(Numerals.toArabic(replacedText(s)).replace(" ", "").toLowerCase(java.util.Locale.ROOT));
            assertThat(Normalized.spaces(s)).as("spaces(%s)", RandomTexts.codePoints(s))
                    .isEqualTo(replacedSpaces(s));
        }
    }

    /** NFC without the normaliser, where it takes that path, is NFC: on random Thai, Latin and marks. */
    @Test
    void nfcSkipsTheNormaliserOnlyWhereItWouldChangeNothing() {
        String marks = "กขนa\u0E31\u0E34\u0E38\u0E39\u0E3A\u0E47\u0E48\u0E49\u0E4B\u0E4C\u0E4D\u0E4Ee\u0301\u0323";
        for (String s : RandomTexts.of(16, 50_000, 8, marks.substring(0, 4), marks)) {
            assertThat(Normalized.nfc(s)).as("nfc(%s)", RandomTexts.codePoints(s))
                    .isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFC));
        }
        // A tone mark typed before sara u is put after it, as NFC does.
        assertThat(Normalized.nfc("ก\u0E48\u0E38")).isEqualTo("ก\u0E38\u0E48");
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private static String replacedText(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replaceAll("\\p{Cf}+", "");
        s = s.replaceAll("[\\s\\p{Z}]+(?=[\\u0E30-\\u0E3A\\u0E45\\u0E47-\\u0E4E])", "");
        s = s.replaceAll("\\u0E4D[\\s\\p{Z}]*([\\u0E48-\\u0E4B]?)[\\s\\p{Z}]*\\u0E32", "$1\u0E33");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String replacedSpaces(String text) {
        return SPACES.matcher(text.replace("\u200b", "")).replaceAll(" ").trim();
    }
}
