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
import java.util.regex.Matcher;
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

    private static final Pattern BUDDHIST_YEAR = Pattern.compile("(?<!\\d)(2[45]\\d\\d)(?!\\d)");
    // C0/C1 controls other than tab and line breaks, and the bidi overrides/isolates.
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
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
        Matcher m = BUDDHIST_YEAR.matcher(Numerals.toArabic(text));
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != fiscalYear) {
                years.add(Integer.parseInt(m.group(1)));
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
        if (INVISIBLE.matcher(text).find()) {
            found.add(new Finding.Builder("text.controlCharacters"));
        }
        return found;
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
