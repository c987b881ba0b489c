package th.ita.report.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import th.ita.report.intake.CellValue;
import th.ita.report.text.Numerals;

/**
 * Warnings a person should read, on text that is kept: slips real reports contain (another
 * year cited, known misspellings), very long cells, mixed digit styles, invisible control
 * characters. None of them changes the text or rejects the row.
 */
final class TextChecks {

    /** A cell this long was probably pasted with more than the row's content. */
    static final int LONG_CELL = 2000;

    // What buddhistYears finds (the tests hold it to this).
    static final Pattern BUDDHIST_YEAR = Pattern.compile("(?<!\\d)(2[45]\\d\\d)(?!\\d)");
    private static final Map<String, String> SLIPS = loadSlips();

    private final int fiscalYear;

    TextChecks(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    /** Findings for one kept text cell (steps, output, outcome). */
    List<Finding.Builder> check(CellValue cell) {
        List<Finding.Builder> found = new ArrayList<>();
        String text = cell.text();
        if (text.isBlank()) {
            return found;
        }
        Set<Integer> years = new LinkedHashSet<>();
        for (int year : buddhistYears(text)) {
            if (year != fiscalYear) {
                years.add(year);
            }
        }
        for (int year : years) {
            found.add(new Finding.Builder("text.otherYear", year, fiscalYear));
        }
        SLIPS.forEach((slip, right) -> {
            if (text.contains(slip)) {
                found.add(new Finding.Builder("text.slip", slip, right));
            }
        });
        if (text.length() > LONG_CELL) {
            found.add(new Finding.Builder("text.long", text.length(), LONG_CELL));
        }
        if (Numerals.hasMixedDigits(text)) {
            found.add(new Finding.Builder("text.mixedDigits"));
        }
        if (hasInvisible(text)) {
            found.add(new Finding.Builder("text.controlCharacters"));
        }
        return found;
    }

    /**
     * The Buddhist-era years written in the text, in Arabic or Thai digits: what BUDDHIST_YEAR finds
     * on its Arabic form (four digits 24xx or 25xx, no digit on either side), in one pass.
     */
    static List<Integer> buddhistYears(String text) {
        List<Integer> years = new ArrayList<>();
        int run = 0;
        int value = 0;
        for (int i = 0; i <= text.length(); i++) {
            int digit = i < text.length() ? digit(text.charAt(i)) : -1;
            if (digit >= 0) {
                value = run < 4 ? value * 10 + digit : value;
                run++;
                continue;
            }
            if (run == 4 && (value / 100 == 24 || value / 100 == 25)) {
                years.add(value);
            }
            run = 0;
            value = 0;
        }
        return years;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= '\u0E50' && c <= '\u0E59' ? c - '\u0E50' : -1;
    }

    /** C0/C1 controls other than tab and line breaks (\x0B and \x0C count), and the bidi overrides/isolates. */
    private static boolean hasInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' ? c != '\t' && c != '\n' && c != '\r'
                    : (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> loadSlips() {
        Properties slips = new Properties();
        try (InputStream in = TextChecks.class.getResourceAsStream("/validation/slips.properties")) {
            slips.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        slips.stringPropertyNames().stream().sorted().forEach(k -> ordered.put(k, slips.getProperty(k)));
        return ordered;
    }
}
