package th.ita.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random short texts for the tests that hold a one-pass shortcut to the regular expression it
 * replaces: mostly characters of the common set, one in three from the rare one, always the same
 * texts for the same seed.
 */
public final class RandomTexts {

    private RandomTexts() {
    }

    public static List<String> of(long seed, int count, int maxLength, String common, String rare) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(maxLength);
            for (int j = 0; j < length; j++) {
                String from = random.nextInt(3) == 0 ? rare : common;
                text.append(from.charAt(random.nextInt(from.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** The text's code points in hex, for a failure message that shows invisible characters. */
    public static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Integer::toHexString).toList();
    }
}
