package th.ita.report.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.report.definition.JobDefinition.Measure;
import th.ita.report.text.Normalized;
import th.ita.report.text.Numerals;
import th.ita.report.validation.MeasureResolution.Outcome;

/**
 * Reads a measure cell as people fill it: a number, a name, or both, in Thai or Arabic digits,
 * with whatever spacing, line breaks and Unicode forms typing or pasting from Word or PDF left
 * inside ({@link Normalized}).
 */
public final class MeasureResolver {

    /** A truncated paste must be this long (key characters) to stand for a measure by itself. */
    static final int MIN_PARTIAL_NAME = 12;

    // Optional "มาตรการ(ที่)" word, the number, an optional ".0" (a numeric cell read as 1.0),
    // then an optional separator and the name. A decimal or grouped number (1.5, 1,000) is no
    // measure number, hence the look-aheads.
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:มาตรการ(?:ที่)?\\s*)?(\\d{1,9})(?:\\.0+)?(?!\\d)(?![.,]\\d)\\s*[.):\\-–]?\\s*(.*)$",
            Pattern.DOTALL);

    private static final Pattern MEASURE_WORD = Pattern.compile("^(?:มาตรการที่|มาตรการ)");

    // Word and PDF turn "E-Service" into "E- Service", "E Service" or an en dash; hyphens do not
    // tell measures apart, so they are left out of the comparison.
    private static final Pattern HYPHENS = Pattern.compile("[-‐‑‒–—]");

    private final Map<Integer, Measure> byNumber = new LinkedHashMap<>();
    /** Every key that names a measure: its official name and its aliases. */
    private final List<NamedKey> keys = new ArrayList<>();

    private record NamedKey(String key, Measure measure) {
    }

    public MeasureResolver(List<Measure> measures) {
        Objects.requireNonNull(measures, "measures");
        for (Measure measure : measures) {
            byNumber.put(measure.number(), measure);
            addKey(measure.name(), measure);
            if (measure.aliases() != null) {
                measure.aliases().forEach(alias -> addKey(alias, measure));
            }
        }
    }

    private void addKey(String text, Measure measure) {
        String key = matchKey(text);
        if (!key.isEmpty()) {
            keys.add(new NamedKey(key, measure));
        }
    }

    /** What a measure cell names. The cell text is never null (empty string = empty cell). */
    public MeasureResolution resolve(String cellText) {
        // Digits are parsed in Arabic form; the name is quoted back in the department's own digits
        // (the Arabic form has the same length, so positions carry over).
        String written = Normalized.text(cellText);
        if (written.isEmpty()) {
            return new MeasureResolution(Outcome.EMPTY, null, null, null);
        }
        Matcher numbered = NUMBERED.matcher(Numerals.toArabic(written));
        if (!numbered.matches()) {
            return byNameOnly(written);
        }
        int number = Integer.parseInt(numbered.group(1));
        String name = numbered.group(2).isEmpty() ? null : written.substring(numbered.start(2));
        Measure measure = byNumber.get(number);
        if (measure == null) {
            return new MeasureResolution(Outcome.UNKNOWN_NUMBER, null, number, name);
        }
        if (name == null) {
            return new MeasureResolution(Outcome.RESOLVED, measure, number, null);
        }
        Set<Measure> named = byName(name);
        if (named.contains(measure)) {
            // A name that fits several measures is settled by the number that agrees with one of them.
            return new MeasureResolution(Outcome.RESOLVED, measure, number, name);
        }
        if (named.isEmpty()) {
            return new MeasureResolution(Outcome.NAME_MISMATCH, measure, number, name);
        }
        return new MeasureResolution(Outcome.AMBIGUOUS, null, number, name);
    }

    private MeasureResolution byNameOnly(String name) {
        Set<Measure> named = byName(name);
        if (named.size() == 1) {
            return new MeasureResolution(Outcome.RESOLVED, named.iterator().next(), null, name);
        }
        return new MeasureResolution(named.isEmpty() ? Outcome.UNKNOWN_NAME : Outcome.AMBIGUOUS, null, null, name);
    }

    /** The measures a name stands for: exact key, else a long enough prefix, else a key containing a full name. */
    private Set<Measure> byName(String name) {
        String key = matchKey(name);
        Set<Measure> found = match(key);
        if (found.isEmpty()) {
            // "มาตรการ กระบวนการ..." : the word "measure" before a name is not part of it.
            Matcher word = MEASURE_WORD.matcher(key);
            if (word.find()) {
                found = match(key.substring(word.end()));
            }
        }
        return found;
    }

    private Set<Measure> match(String key) {
        Set<Measure> found = new LinkedHashSet<>();
        if (key.isEmpty()) {
            return found;
        }
        for (NamedKey named : keys) {
            if (named.key().equals(key)) {
                found.add(named.measure());
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        if (key.length() >= MIN_PARTIAL_NAME) {
            for (NamedKey named : keys) {
                if (named.key().startsWith(key)) {
                    found.add(named.measure());
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (NamedKey named : keys) {
            // Short aliases (e.g. "e-service") occur inside other measures' wording; only a
            // name of some length found inside the cell is evidence of that measure.
            if (named.key().length() >= MIN_PARTIAL_NAME && key.contains(named.key())) {
                found.add(named.measure());
            }
        }
        return found;
    }

    private static String matchKey(String text) {
        return HYPHENS.matcher(Normalized.key(text)).replaceAll("");
    }
}
