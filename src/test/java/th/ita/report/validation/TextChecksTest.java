package th.ita.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import th.ita.report.text.Numerals;
import th.ita.report.text.RandomTexts;

class TextChecksTest {

    @Test
    void yearsInEitherDigitsAreFoundAndLongerNumbersAreNot() {
        assertThat(TextChecks.buddhistYears("ปีงบประมาณ พ.ศ. ๒๕๖๗ และ 2566, โทร 025661234, 12567, ๒๓๐๐"))
                .containsExactly(2567, 2566);
    }

    /** The one-pass search finds what BUDDHIST_YEAR finds on the Arabic form. */
    @Test
    void theYearSearchFindsWhatTheRegexFinds() {
        for (String s : RandomTexts.of(2568, 50_000, 14, "245๒๕", "012456789๐๑๒๔๕๖ .-/ก")) {
            List<Integer> expected = new ArrayList<>();
            Matcher m = TextChecks.BUDDHIST_YEAR.matcher(Numerals.toArabic(s));
            while (m.find()) {
                expected.add(Integer.parseInt(m.group(1)));
            }
            assertThat(TextChecks.buddhistYears(s)).as(s).isEqualTo(expected);
        }
    }
}
