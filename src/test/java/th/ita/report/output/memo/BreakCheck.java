package th.ita.report.output.memo;

import th.ita.report.output.layout.LineBreaks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges where a renderer broke the lines of a .docx's Thai text, from the PDF it made: between two
 * Thai letters a line may end at a space or a zero-width space (between two words, by the JDK's
 * dictionary), never elsewhere (a word joiner, inside a word). Lines read out of a PDF lose the invisible marks and
 * sometimes the order of the marks above and below a letter, so both sides are compared on their
 * letters only: the last letters of a line and the first of the next are found in the source, and
 * what stood between them there decides.
 */
public final class BreakCheck {

    private static final int CONTEXT = 5;

    private final String source;

    /**
     * The check for a .docx as the officer has it (no marks): its paragraphs are spelled out the way
     * they were for LibreOffice when the PDF was made.
     *
     * @param placeNames the office's place names the program keeps whole (district, province, short name)
     */
    public static BreakCheck ofOfficersCopy(List<String> paragraphs, List<String> placeNames) {
        LineBreaks breaks = new LineBreaks(placeNames, true);
        return new BreakCheck(paragraphs.stream().map(breaks::forRenderers).toList());
    }

    /** @param paragraphs the .docx's paragraphs, with their invisible marks */
    public BreakCheck(List<String> paragraphs) {
        StringBuilder s = new StringBuilder();
        for (String p : paragraphs) {
            s.append(skeleton(p, true)).append('\n');
        }
        this.source = s.toString();
    }

    /** What the check found: joins judged, joins inside a word (with their text), joins not found in the source. */
    public record Result(int judged, List<String> insideWords, int notFound) {
    }

    public Result check(List<List<String>> blocks) {
        int judged = 0;
        int notFound = 0;
        List<String> inside = new ArrayList<>();
        for (List<String> lines : blocks) {
            for (int i = 0; i + 1 < lines.size(); i++) {
                String left = skeleton(lines.get(i), false).replace(" ", "");
                String right = skeleton(lines.get(i + 1), false).replace(" ", "");
                if (left.length() < 2 || right.length() < 2 || !thai(left.charAt(left.length() - 1))
                        || !thai(right.charAt(0))) {
                    continue;
                }
                String l = left.substring(Math.max(0, left.length() - CONTEXT));
                String r = right.substring(0, Math.min(CONTEXT, right.length()));
                Matcher m = Pattern.compile(letters(l) + "([+| ]*)" + letters(r)).matcher(source);
                boolean found = false;
                boolean allowed = false;
                while (m.find()) {
                    found = true;
                    // Between two Thai letters the .docx always says: a zero-width space (or a space)
                    // where a line may break, a word joiner where it may not.
                    allowed |= m.group(1).contains("|") || m.group(1).contains(" ");
                }
                if (!found) {
                    notFound++;
                } else {
                    judged++;
                    if (!allowed) {
                        inside.add(lines.get(i) + " | " + lines.get(i + 1));
                    }
                }
            }
        }
        return new Result(judged, inside, notFound);
    }

    /** The letters, any marks the source has between them allowed. */
    private static String letters(String s) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) {
                p.append("[+|]?");
            }
            p.append(Pattern.quote(String.valueOf(s.charAt(i))));
        }
        return p.toString();
    }

    /**
     * Letters only: Thai marks above and below dropped, spaces as ' '; in the source, a zero-width
     * space as '|' and a word joiner as '+'.
     */
    private static String skeleton(String text, boolean marks) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == LineBreaks.ZERO_WIDTH_SPACE) {
                if (marks) {
                    s.append('|');
                }
            } else if (c == LineBreaks.WORD_JOINER) {
                if (marks) {
                    s.append('+');
                }
            } else if (Character.isWhitespace(c) || c == LineBreaks.NO_BREAK_SPACE) {
                s.append(' ');
            } else if (c == '\u0E33') {
                s.append('\u0E32'); // sara am, which PDFs may give as its two parts
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static boolean thai(char c) {
        return c >= '\u0E01' && c <= '\u0E2E' || c >= '\u0E40' && c <= '\u0E44' || c >= '\u0E30' && c <= '\u0E32';
    }
}
