package th.ita.report.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.report.text.Normalized;
import th.ita.report.text.Numerals;

/**
 * Splits a steps/output/outcome cell into its items ({@code ๑. ... ๒. ...}), one per line or run
 * together on one line. A cell only splits at the next number of its own sequence, so numbers
 * inside an item (years, decimals, "ข้อ ๓.") never cut it.
 */
public final class ItemSplitter {

    // Zero-width and bidi marks pasted from Word/PDF: never shown, but a zero-width space is where
    // Word broke the line, so it separates a marker from the text before it like a space does.
    // Invisible format characters (zero-width, bidi overrides) and control characters never reach a
    // published document: they would reorder text on the web page or make the .docx invalid XML.
    private static final Pattern FORMAT_CHARS = Pattern.compile("[\\p{Cf}\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F]+");

    // A candidate marker, on the Arabic-digit form of the text (found by markers(), which the tests hold to this): at the start or after whitespace,
    // one or two digits (a year such as ๒๕๖๗ is never an item number), a dot not followed by a
    // digit (1.5 is a decimal), and something after it (a bare "๒." closing a cell is no item).
    // An invisible format character pasted between the number and its dot ("๑\u200b.") is no gap.
    static final Pattern MARKER = Pattern.compile(
            "(?<![^\\s\\p{Z}\\p{Cf}])(\\d{1,2})\\p{Cf}*\\.(?!\\d)(?=[\\s\\p{Z}\\p{Cf}]*[^\\s\\p{Z}\\p{Cf}])");

    // "ข้อ ๒." refers to a clause; it does not start item 2.
    private static final Pattern CLAUSE_WORD = Pattern.compile("ข้อ[\\t\\p{Zs}\\p{Cf}]*$");

    // A sub-item marker such as (๑) or (1), with an optional space before it.
    private static final Pattern SUB_ITEM = Pattern.compile(" ?(\\([0-9\\u0E50-\\u0E59]{1,2}\\))");

    private ItemSplitter() {
    }

    /** Leading text (a sentence cut by a page break; "" when none) and the items after it. */
    public record Continued(String leadingText, List<Item> items) {
        public Continued {
            leadingText = leadingText == null ? "" : leadingText;
            items = List.copyOf(items);
        }
    }

    /** Splits a cell into items. Empty/blank cell -> empty list. */
    public static List<Item> split(String cell) {
        Cell parsed = new Cell(cell);
        if (parsed.blank()) {
            return List.of();
        }
        Marker first = parsed.firstMarker();
        if (first == null) {
            String whole = display(parsed.text);
            return List.of(new Item(null, whole, whole));
        }
        List<Item> items = new ArrayList<>();
        String leading = display(parsed.text.substring(0, first.start()));
        if (!leading.isEmpty()) {
            items.add(new Item(null, leading, leading));
        }
        items.addAll(parsed.itemsFrom(first));
        return items;
    }

    /**
     * For a continuation row: items numbered from where the row above stopped. Text before the
     * first marker numbered {@code lastNumberAbove + 1} is the leading text; without such a marker
     * the cell is read as by {@link #split}, its unnumbered start being the leading text.
     */
    public static Continued splitContinuing(String cell, int lastNumberAbove) {
        Cell parsed = new Cell(cell);
        if (parsed.blank()) {
            return new Continued("", List.of());
        }
        // A cell opening with a marker is a fresh list (possibly renumbered), not a cut sentence.
        Marker first = parsed.markerAtStart();
        if (first == null) {
            first = parsed.firstNumbered(lastNumberAbove + 1, 0);
        }
        if (first == null) {
            first = parsed.firstMarker();
        }
        if (first == null) {
            return new Continued(display(parsed.text), List.of());
        }
        return new Continued(display(parsed.text.substring(0, first.start())), parsed.itemsFrom(first));
    }

    /**
     * Display form: whitespace runs become one space, and each sub-item marker such as (๑) starts
     * its own line. A marker right after a digit ("มาตรา ๕(๑)") is a legal reference, and one glued
     * to a Latin word ("alert(1)", "f(2)") is code or a formula: neither is a sub-item.
     */
    static String display(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalized.spaces(hasFormatOrControl(raw) ? FORMAT_CHARS.matcher(raw).replaceAll("") : raw);
        if (text.indexOf('(') < 0) {
            return text;
        }
        Matcher sub = SUB_ITEM.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int copied = 0;
        while (sub.find()) {
            char before = sub.start() == 0 ? ' ' : text.charAt(sub.start() - 1);
            boolean glued = sub.group().charAt(0) != ' ';
            if (sub.start() == 0 || isDigit(before) || (glued && isLatinLetter(before))) {
                continue;
            }
            out.append(text, copied, sub.start()).append('\n').append(sub.group(1));
            copied = sub.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * The candidate markers of a text in Arabic digits, as {start, end, number}: what MARKER finds,
     * found from each dot backwards without a regex (the regex's look-behind and look-ahead tried at
     * every character of every cell were most of the validation's time).
     */
    static List<int[]> markers(String arabic) {
        List<int[]> found = new ArrayList<>();
        int lastVisible = arabic.length() - 1;
        while (lastVisible >= 0 && blank(arabic.charAt(lastVisible))) {
            lastVisible--;
        }
        for (int dot = arabic.indexOf('.'); dot >= 0 && dot < lastVisible; dot = arabic.indexOf('.', dot + 1)) {
            if (isAsciiDigit(arabic.charAt(dot + 1))) {
                continue; // a decimal
            }
            int digitsEnd = dot;
            while (digitsEnd > 0 && Normalized.isInvisible(arabic.charAt(digitsEnd - 1))) {
                digitsEnd--;
            }
            int start = digitsEnd;
            while (start > 0 && isAsciiDigit(arabic.charAt(start - 1))) {
                start--;
            }
            int digits = digitsEnd - start;
            if (digits == 0 || digits > 2 || (start > 0 && !blank(arabic.charAt(start - 1)))) {
                continue;
            }
            found.add(new int[] {start, dot + 1, Integer.parseInt(arabic, start, digitsEnd, 10)});
        }
        return found;
    }

    /** A space (as MARKER's \s and \p{Z}) or an invisible format character. */
    private static boolean blank(char c) {
        return Normalized.isSpace(c) || Normalized.isInvisible(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether FORMAT_CHARS has anything to take out (one pass, no regex: most cells have nothing). */
    private static boolean hasFormatOrControl(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (formatOrControl(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A character FORMAT_CHARS takes out (a supplementary one aside), other than a line break or tab. */
    private static boolean formatOrControl(char c) {
        return c < ' ' ? c != '\t' && c != '\n' && c != '\r' && c != '\f'
                : (c >= 0x7F && c <= 0x9F) || Normalized.isInvisible(c);
    }

    /**
     * Whether {@link #display} of text[from, to) is empty, without building it: most cells answer at
     * their first character. Text with a surrogate pair takes {@link #display} itself.
     */
    static boolean nothingShown(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Normalized.isSpace(c) || formatOrControl(c)) {
                continue;
            }
            return Character.isSurrogate(c) && display(text.substring(from, to)).isEmpty();
        }
        return true;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0E50' && c <= '\u0E59');
    }

    private record Marker(int start, int end, int number) {
    }

    /** A cell's text with its candidate markers, found once. */
    private static final class Cell {
        final String text;
        final List<Marker> markers = new ArrayList<>();

        Cell(String cell) {
            text = cell == null ? "" : cell;
            // Thai-to-Arabic keeps every position, so markers found there index the text as written.
            String arabic = Numerals.toArabic(text);
            for (int[] m : markers(arabic)) {
                if (!CLAUSE_WORD.matcher(lineBefore(arabic, m[0])).find()) {
                    markers.add(new Marker(m[0], m[1], m[2]));
                }
            }
        }

        boolean blank() {
            return nothingShown(text, 0, text.length());
        }

        /** The first marker of a list: one opening the cell (any number), else the first "1.". */
        Marker firstMarker() {
            Marker atStart = markerAtStart();
            return atStart != null ? atStart : firstNumbered(1, 0);
        }

        Marker markerAtStart() {
            return !markers.isEmpty() && nothingShown(text, 0, markers.get(0).start()) ? markers.get(0) : null;
        }

        Marker firstNumbered(int number, int from) {
            for (Marker marker : markers) {
                if (marker.start() >= from && marker.number() == number) {
                    return marker;
                }
            }
            return null;
        }

        /** The items from a first marker on, each ending where the next number of the sequence stands. */
        List<Item> itemsFrom(Marker first) {
            List<Item> items = new ArrayList<>();
            Marker current = first;
            while (current != null) {
                Marker next = firstNumbered(current.number() + 1, current.end());
                int end = next == null ? text.length() : next.start();
                items.add(new Item(current.number(),
                        display(text.substring(current.end(), end)),
                        display(text.substring(current.start(), end))));
                current = next;
            }
            return items;
        }

        private static String lineBefore(String text, int index) {
            int lineStart = Math.max(text.lastIndexOf('\n', index - 1), text.lastIndexOf('\r', index - 1)) + 1;
            return text.substring(lineStart, index);
        }
    }
}
