package th.ita.report.output.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths of the report table, from its content: every column at least as wide as its
 * widest word and wide enough for its heading in at most {@link #HEADER_LINES} lines, the rest of
 * the width given, a little at a time, to the column that shortens the table most (the estimated
 * sum of row heights, {@link TextWidth}). The seed's table comes out with the steps and outputs
 * widest, as the office laid it out by hand.
 */
public final class ColumnWidths {

    public static final int HEADER_LINES = 3;
    /** A space-free stretch of a heading up to this wide stays on one line. */
    static final double SHORT_HEADING_EM = 6;
    /** Rows looked at: enough to know the columns' shares; a province's table is not read whole. */
    private static final int SAMPLE_ROWS = 200;
    private static final int STEPS = 240;

    private final double bodyPt;
    private final double headerPt;
    private final double paddingPt;

    /**
     * @param bodyPt    size of the cells' text
     * @param headerPt  size of the (bold) headings
     * @param paddingPt left plus right cell margin
     */
    public ColumnWidths(double bodyPt, double headerPt, double paddingPt) {
        this.bodyPt = bodyPt;
        this.headerPt = headerPt;
        this.paddingPt = paddingPt;
    }

    /** Widths in twips adding up to {@code totalTwips}; {@code cells.get(r).get(c)} is row r's text in column c. */
    public int[] widths(List<String> headings, List<List<String>> cells, int totalTwips) {
        int columns = headings.size();
        List<List<Cell>> sample = new ArrayList<>();
        for (List<String> row : cells.subList(0, Math.min(SAMPLE_ROWS, cells.size()))) {
            List<Cell> parsed = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                parsed.add(new Cell(c < row.size() ? row.get(c) : ""));
            }
            sample.add(parsed);
        }
        double total = totalTwips / 20.0;
        double[] w = new double[columns];
        double minimum = 0;
        for (int c = 0; c < columns; c++) {
            w[c] = minimumPt(headings.get(c), sample, c);
            minimum += w[c];
        }
        if (minimum >= total) {
            for (int c = 0; c < columns; c++) {
                w[c] = w[c] * total / minimum;
            }
        } else {
            distribute(w, total - minimum, sample);
        }
        int[] twips = new int[columns];
        int used = 0;
        for (int c = 0; c < columns - 1; c++) {
            twips[c] = (int) Math.round(w[c] * 20);
            used += twips[c];
        }
        twips[columns - 1] = totalTwips - used;
        return twips;
    }

    private double minimumPt(String heading, List<List<Cell>> sample, int column) {
        double widest = TextWidth.widestWordEm(heading) * TextWidth.BOLD * headerPt;
        // A short heading is not broken at all ("ผู้รับผิดชอบ", one word to a reader).
        for (String phrase : heading.split(" ")) {
            if (TextWidth.em(phrase) <= SHORT_HEADING_EM) {
                widest = Math.max(widest, TextWidth.em(phrase) * TextWidth.BOLD * headerPt);
            }
        }
        for (List<Cell> row : sample) {
            widest = Math.max(widest, row.get(column).widestEm * bodyPt);
        }
        // Narrowest width that sets the heading in HEADER_LINES lines (or fewer).
        double width = widest;
        while (TextWidth.lines(heading, width / (headerPt * TextWidth.BOLD)) > HEADER_LINES) {
            width += 2;
        }
        // A little over, for the renderers' own rounding and the cell borders.
        return width + paddingPt + 3;
    }

    private void distribute(double[] w, double spare, List<List<Cell>> sample) {
        double step = spare / STEPS;
        int rows = sample.size();
        int columns = w.length;
        int[][] lines = new int[columns][rows];
        double[][] spread = new double[columns][rows];
        // Each column's cells as they would be one step wider. A step widens one column only, so
        // only that column's trial is measured again: the others' still hold.
        int[][] trialLines = new int[columns][rows];
        double[][] trialSpread = new double[columns][rows];
        for (int c = 0; c < columns; c++) {
            measure(sample, c, w[c], lines[c], spread[c]);
            measure(sample, c, w[c] + step, trialLines[c], trialSpread[c]);
        }
        for (int s = 0; s < STEPS; s++) {
            int best = 0;
            double bestHeight = Double.MAX_VALUE;
            for (int c = 0; c < columns; c++) {
                double height = height(lines, spread, c, trialLines[c], trialSpread[c]);
                if (height < bestHeight) {
                    bestHeight = height;
                    best = c;
                }
            }
            w[best] += step;
            int[] nowLines = lines[best];
            double[] nowSpread = spread[best];
            lines[best] = trialLines[best];
            spread[best] = trialSpread[best];
            trialLines[best] = nowLines;
            trialSpread[best] = nowSpread;
            measure(sample, best, w[best] + step, trialLines[best], trialSpread[best]);
        }
    }

    /** Lines and length over width of column c's cells at width {@code columnPt}. */
    private void measure(List<List<Cell>> sample, int c, double columnPt, int[] lines, double[] spread) {
        double em = emFor(columnPt);
        for (int r = 0; r < sample.size(); r++) {
            Cell cell = sample.get(r).get(c);
            lines[r] = cell.lines(em);
            spread[r] = cell.lengthEm / em;
        }
    }

    /**
     * The table's height in lines with column {@code trial} set as given: the sum of row heights,
     * plus a hundredth of every cell's text length over its width, which shrinks with every step of
     * width (lines only now and then), so width goes where the text is when no row gets shorter.
     */
    private static double height(int[][] lines, double[][] spread, int trial, int[] trialLines, double[] trialSpread) {
        double sum = 0;
        int rows = trialLines.length;
        for (int r = 0; r < rows; r++) {
            int tallest = 0;
            double all = 0;
            for (int c = 0; c < lines.length; c++) {
                tallest = Math.max(tallest, c == trial ? trialLines[r] : lines[c][r]);
                all += c == trial ? trialSpread[r] : spread[c][r];
            }
            sum += tallest + all / 100;
        }
        return sum;
    }

    private double emFor(double columnPt) {
        return (columnPt - paddingPt) / bodyPt;
    }

    /** A cell's text, measured once. */
    private static final class Cell {
        final TextWidth.Measured text;
        final double widestEm;
        final double lengthEm;

        Cell(String text) {
            this.text = TextWidth.measure(text);
            this.widestEm = this.text.widestEm();
            this.lengthEm = TextWidth.em(text == null ? "" : text);
        }

        int lines(double widthEm) {
            return text.lines(widthEm);
        }
    }
}
