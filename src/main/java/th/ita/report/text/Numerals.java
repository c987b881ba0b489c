package th.ita.report.text;

import java.text.NumberFormat;
import java.time.format.DecimalStyle;
import java.util.Locale;

/**
 * The office's digit style. Thai digits come from the {@code th-TH-u-nu-thai} locale's
 * {@link DecimalStyle}, not from a hand-written table; they are real U+0E50..U+0E59 characters
 * so the text survives copying and publishing.
 */
public final class Numerals {

    /** The locale whose numbering system gives Thai digits. */
    public static final Locale THAI_DIGITS_LOCALE = Locale.forLanguageTag("th-TH-u-nu-thai");

    private static final char THAI_ZERO = DecimalStyle.of(THAI_DIGITS_LOCALE).getZeroDigit();
    private static final Numerals THAI = new Numerals(THAI_ZERO);
    private static final Numerals ARABIC = new Numerals('0');

    private final char zero;

    private Numerals(char zero) {
        this.zero = zero;
    }

    public static Numerals thai() {
        return THAI;
    }

    public static Numerals arabic() {
        return ARABIC;
    }

    public static Numerals of(boolean thaiDigits) {
        return thaiDigits ? THAI : ARABIC;
    }

    public boolean isThai() {
        return zero == THAI_ZERO;
    }

    /** The zero digit of this style, for formatters that take a {@link DecimalStyle}. */
    public DecimalStyle decimalStyle() {
        return DecimalStyle.STANDARD.withZeroDigit(zero);
    }

    /** Rewrites every digit in the text, Thai or Arabic, in this style. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            int value = digitValue(text.charAt(i));
            if (value >= 0 && text.charAt(i) != zero + value) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (zero + value);
            }
        }
        // Text already in this style (most of it) is returned as it is.
        return chars == null ? text : new String(chars);
    }

    /** A whole number without grouping, e.g. 2568 as "๒๕๖๘". */
    public String format(long number) {
        NumberFormat format = NumberFormat.getIntegerInstance(isThai() ? THAI_DIGITS_LOCALE : Locale.ROOT);
        format.setGroupingUsed(false);
        return format.format(number);
    }

    /** Thai digits to Arabic, everything else unchanged: the form the parsers work on. */
    public static String toArabic(String text) {
        return ARABIC.apply(text);
    }

    /** True when the text holds both Thai and Arabic digits (a slip worth a warning). */
    public static boolean hasMixedDigits(String text) {
        boolean thai = false;
        boolean arabic = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            thai |= c >= THAI_ZERO && c <= THAI_ZERO + 9;
            arabic |= c >= '0' && c <= '9';
        }
        return thai && arabic;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= THAI_ZERO && c <= THAI_ZERO + 9) {
            return c - THAI_ZERO;
        }
        return -1;
    }
}
