package th.ita.report.output.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An estimate of how wide Thai text is drawn, in ems of its font size, and how many lines it
 * takes in a given width. Used to size the report table's columns and to plan the memo's
 * pages, so the documents come out the same on every machine whatever fonts it has.
 *
 * <p>The figures are TLWG Laksaman's advance widths (the free TH Sarabun New the PDF copies use,
 * drawn a little larger than TH Sarabun New), measured glyph by glyph, so on a Word machine with
 * the official font the text only comes out shorter than planned. Marks above and below a letter
 * take no width.
 */
public final class TextWidth {

    /** Bold text is about 5 % wider. */
    public static final double BOLD = 1.05;

    /**
     * Paragraphs already cut into words: the same lines are measured for the memo's column widths,
     * its page plan and the web page's column widths, and finding Thai words is the costly part.
     * (The arrays are never changed once made.)
     */
    private static final Map<String, double[]> MEASURED = new ConcurrentHashMap<>();
    private static final int KEPT = 50_000;

    private TextWidth() {
    }

    /** Advance widths of U+0020..U+007E, thousandths of an em. */
    private static final int[] ASCII = {
        324, 221, 312, 606, 543, 879, 636, 180, 285, 285, 428, 618, 243, 324, 243, 406, 544, 544, 544, 544,
        544, 544, 544, 544, 544, 544, 243, 243, 618, 618, 618, 425, 806, 601, 568, 610, 648, 527, 527, 639,
        663, 221, 397, 565, 530, 824, 663, 731, 568, 732, 570, 529, 570, 700, 586, 884, 628, 550, 637, 294,
        394, 294, 619, 529, 306, 517, 603, 497, 603, 562, 309, 467, 586, 215, 233, 475, 300, 904, 586, 598,
        603, 603, 326, 424, 357, 586, 512, 762, 478, 506, 482, 312, 230, 312, 625};
    /** Advance widths of U+0E01..U+0E5B (marks above and below: 0), thousandths of an em. */
    private static final int[] THAI = {
        580, 568, 574, 591, 591, 613, 442, 552, 567, 568, 574, 780, 780, 639, 639, 515, 693, 800, 816, 588,
        588, 568, 646, 503, 631, 643, 643, 573, 573, 672, 672, 639, 601, 564, 484, 568, 573, 639, 503, 591,
        658, 573, 642, 682, 582, 559, 588, 536, 0, 475, 475, 0, 0, 0, 0, 0, 0, 0, 600, 600, 600, 600,
        618, 305, 567, 356, 364, 367, 308, 600, 0, 0, 0, 0, 0, 0, 0, 0, 676, 675, 675, 675,
        675, 675, 675, 675, 675, 675, 675, 785, 1048};

    /** Width of the text in ems (regular weight). */
    public static double em(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += em(text.charAt(i));
        }
        return w;
    }

    public static double em(char c) {
        if (c >= 0x20 && c <= 0x7E) {
            return ASCII[c - 0x20] / 1000.0;
        }
        if (c >= 0x0E01 && c <= 0x0E5B) {
            return THAI[c - 0x0E01] / 1000.0;
        }
        if (c == LineBreaks.NO_BREAK_SPACE) {
            return ASCII[0] / 1000.0;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT
                || c == LineBreaks.ZERO_WIDTH_SPACE) {
            return 0;
        }
        return 0.6;
    }

    /** Width of the widest word (what a column must hold to never split one), in ems. */
    public static double widestWordEm(String text) {
        double widest = 0;
        for (String line : text.split("\n", -1)) {
            for (String word : LineBreaks.words(line)) {
                widest = Math.max(widest, em(word.strip()));
            }
        }
        return widest;
    }

    /**
     * Lines the text takes when set in a width of {@code widthEm} ems, breaking between words;
     * each newline starts a line; an empty text takes one line.
     */
    public static int lines(String text, double widthEm) {
        return measure(text).lines(widthEm);
    }

    /** The text cut into words and measured once, to be set in many widths. */
    public static Measured measure(String text) {
        List<double[]> paragraphs = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            double[] widths = MEASURED.get(paragraph);
            if (widths == null) {
                widths = words(paragraph);
                if (MEASURED.size() >= KEPT) {
                    MEASURED.clear();
                }
                MEASURED.put(paragraph, widths);
            }
            paragraphs.add(widths);
        }
        return new Measured(paragraphs);
    }

    private static double[] words(String paragraph) {
        List<String> words = LineBreaks.words(paragraph);
        double[] widths = new double[words.size()];
        for (int i = 0; i < widths.length; i++) {
            // A space is stored negative: it may hang past the line's end.
            widths[i] = words.get(i).isBlank() ? -em(words.get(i)) : em(words.get(i));
        }
        return widths;
    }

    /** A measured text: per paragraph, its words' widths in ems (spaces negative). */
    public record Measured(List<double[]> paragraphs) {

        public int lines(double widthEm) {
            return lines(0, widthEm);
        }

        /** The widest word, in ems (what a column must hold to never split one). */
        public double widestEm() {
            double widest = 0;
            for (double[] words : paragraphs) {
                for (double word : words) {
                    widest = Math.max(widest, word);
                }
            }
            return widest;
        }

        /** Lines when each paragraph's first line starts {@code leadEm} in (an indent, a label before it). */
        public int lines(double leadEm, double widthEm) {
            int lines = 0;
            for (double[] words : paragraphs) {
                lines += paragraphLines(words, leadEm, widthEm);
            }
            return Math.max(1, lines);
        }

        private static int paragraphLines(double[] words, double leadEm, double widthEm) {
            int lines = 1;
            double used = leadEm;
            for (double word : words) {
                double w = Math.abs(word);
                if (used + w <= widthEm || word < 0) {
                    used += w;
                } else if (w > widthEm) {
                    // A word wider than the column is broken by the renderer wherever it must.
                    // (A cast, not Math.floor: the quotient is positive, and this loop runs hot.)
                    int extra = (int) ((used + w) / widthEm);
                    lines += extra;
                    used = used + w - extra * widthEm;
                } else {
                    lines++;
                    used = w;
                }
            }
            return lines;
        }
    }
}
