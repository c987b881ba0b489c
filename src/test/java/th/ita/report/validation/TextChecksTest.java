package th.ita.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import th.ita.report.text.Numerals;

class TextChecksTest {

    @Test
    void yearsInEitherDigitsAreFoundAndLongerNumbersAreNot() {
        assertThat(TextChecks.buddhistYears("ปีงบประมาณ พ.ศ. ๒๕๖๗ และ 2566, โทร 025661234, 12567, ๒๓๐๐"))
                .containsExactly(2567, 2566);
    }

    /** The one-pass search finds what BUDDHIST_YEAR finds on the Arabic form. */
    @Test
    void theYearSearchFindsWhatTheRegexFinds() {
        String alphabet = "012456789๐๑๒๔๕๖ .-/ก";
        Random random = new Random(2568);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : "245๒๕".charAt(random.nextInt(5)));
            }
            String s = text.toString();
            List<Integer> expected = new ArrayList<>();
            Matcher m = TextChecks.BUDDHIST_YEAR.matcher(Numerals.toArabic(s));
            while (m.find()) {
                expected.add(Integer.parseInt(m.group(1)));
            }
            assertThat(TextChecks.buddhistYears(s)).as(s).isEqualTo(expected);
        }
    }
}
