package th.ita.report.output.memo;

import th.ita.report.output.layout.ColumnWidths;
import th.ita.report.output.layout.TextWidth;
import th.ita.report.report.ReportContent;


/**
 * The report attached to the memo: a cover page in its own portrait section, then an A4
 * landscape section with the table title, the intro and the six-column table.
 *
 * <p>The table is laid out to be compact and to read as the seed's: columns as wide as their
 * content asks ({@link ColumnWidths}), headings in at most three lines repeated on every page,
 * each row kept on one page unless it is taller than a page, every line a department typed in a
 * cell on a line of its own, lines set exactly {@link #TABLE_LINE_PT} apart.
 */
final class AttachedReport {

    static final double COVER_TITLE_PT = 24;
    static final int COVER_DROP = DocxKit.cm(8.0);
    static final double COVER_ORG_PT = 20;
    static final double TABLE_TITLE_PT = 16;
    static final double TITLE_LINE_PT = 20;
    static final double TABLE_PT = 15;
    static final double TABLE_LINE_PT = 18;
    static final double HEADER_PT = 12;
    static final double HEADER_LINE_PT = 15;

    static final int SIDE_MARGIN = DocxKit.cm(1.27);
    static final int TOP_MARGIN = DocxKit.cm(1.27);
    static final int BOTTOM_MARGIN = DocxKit.cm(1.27);
    static final int CELL_MARGIN = DocxKit.cm(0.15);
    /** Table width: A4 landscape less the side margins (25.7 cm). */
    static final int TABLE_WIDTH = DocxKit.A4_LONG - 2 * SIDE_MARGIN;
    /** Height a landscape page gives the table, in points. */
    static final double PAGE_PT = (DocxKit.A4_SHORT - TOP_MARGIN - BOTTOM_MARGIN) / 20.0;

    private final DocxKit kit;

    AttachedReport(DocxKit kit) {
        this.kit = kit;
    }

    /** Writes cover and table; returns the writer of the table's body rows (streamed in as the file is saved). */
    TableRowsXml write(ReportContent report) {
        Wml lastOfCover = writeCover(report);
        Wml coverSection = kit.section(lastOfCover, false, MemoPages.LATER_TOP, MemoPages.RIGHT,
                MemoPages.BOTTOM, MemoPages.LEFT);
        kit.blankHeaderAndFooter(coverSection);

        TableRowsXml rows = writeTable(report);
        endAfterTable();
        Wml tableSection = kit.section(null, true, TOP_MARGIN, SIDE_MARGIN, BOTTOM_MARGIN, SIDE_MARGIN);
        kit.blankHeaderAndFooter(tableSection);
        return rows;
    }

    /**
     * Cover page: title lines bold and large, the organisation under them, lowered by spacing to
     * about the middle of the page (LibreOffice ignores a section's vAlign, Word honours both, so
     * spacing is the one that looks the same in both).
     */
    private Wml writeCover(ReportContent report) {
        Wml last = null;
        for (String line : report.coverTitle()) {
            last = coverLine(line, COVER_TITLE_PT, last == null ? COVER_DROP : 0);
        }
        boolean firstOrg = true;
        for (String line : report.coverOrganisation()) {
            last = coverLine(line, COVER_ORG_PT, last == null ? COVER_DROP : firstOrg ? 720 : 0);
            firstOrg = false;
        }
        return last == null ? kit.paragraph() : last;
    }

    private Wml coverLine(String text, double pt, int spacingBefore) {
        Wml p = kit.paragraph();
        DocxKit.align(p, DocxKit.CENTER);
        if (spacingBefore > 0) {
            DocxKit.spacingBefore(p, spacingBefore);
        }
        kit.run(p, text, pt, true);
        return p;
    }

    /** Title, intro, the table's properties and header row; returns the writer of its body rows. */
    private TableRowsXml writeTable(ReportContent report) {
        double above = 0;
        for (String line : report.tableTitle()) {
            Wml p = kit.paragraph();
            DocxKit.align(p, DocxKit.CENTER);
            DocxKit.exactLines(p, TITLE_LINE_PT);
            DocxKit.keepNext(p);
            kit.run(p, line, TABLE_TITLE_PT, true);
            above += TITLE_LINE_PT * TextWidth.lines(line, TABLE_WIDTH / 20.0 / (TABLE_TITLE_PT * TextWidth.BOLD));
        }
        if (report.intro() != null && !report.intro().isBlank()) {
            Wml intro = kit.paragraph();
            DocxKit.spacingBefore(intro, 80);
            DocxKit.spacingAfter(intro, 80);
            DocxKit.firstLineIndent(intro, MemoPages.FIRST_LINE_INDENT);
            DocxKit.exactLines(intro, TABLE_LINE_PT);
            DocxKit.align(intro, DocxKit.THAI_DISTRIBUTE);
            kit.run(intro, report.intro(), TABLE_PT, false);
            above += 8 + TABLE_LINE_PT * TextWidth.measure(report.intro())
                    .lines(MemoPages.FIRST_LINE_INDENT / 20.0 / TABLE_PT, TABLE_WIDTH / 20.0 / TABLE_PT);
        }

        int columns = report.headings().size();
        int[] widths = new ColumnWidths(TABLE_PT, HEADER_PT, 2 * CELL_MARGIN / 20.0 + 2)
                .widths(report.headings(), report.cellTexts(), TABLE_WIDTH);
        // The header row, and one marker row where TableRowsXml streams the body rows in.
        Wml table = kit.table(2, widths, 4);
        DocxKit.cellMargins(table, DocxKit.cm(0.05), CELL_MARGIN, DocxKit.cm(0.05), CELL_MARGIN);

        Wml header = DocxKit.row(table, 0);
        DocxKit.repeatHeader(header);
        DocxKit.cantSplit(header);
        double headerPt = 0;
        for (int c = 0; c < columns; c++) {
            String heading = report.headings().get(c);
            Wml cell = DocxKit.cell(header, c);
            cell.child("w:tcPr").child("w:vAlign").set("w:val", "center");
            Wml p = DocxKit.firstParagraph(cell);
            DocxKit.align(p, DocxKit.CENTER);
            DocxKit.exactLines(p, HEADER_LINE_PT);
            kit.run(p, heading, HEADER_PT, true);
            headerPt = Math.max(headerPt, HEADER_LINE_PT * TextWidth.lines(heading,
                    (widths[c] - 2 * CELL_MARGIN) / 20.0 / (HEADER_PT * TextWidth.BOLD)));
        }
        double rowRoom = PAGE_PT - headerPt - 8;
        TableRowsXml rows = new TableRowsXml(report.rows(), widths, CELL_MARGIN, kit.font(), kit.breaks(), TABLE_PT,
                TABLE_LINE_PT, rowRoom, rowRoom - above - 8);
        kit.run(DocxKit.firstParagraph(DocxKit.cell(DocxKit.row(table, 1), 0)), rows.marker(), TABLE_PT, false);
        return rows;
    }

    /** Word wants a paragraph after a table at the end of the body: a 1 pt one takes no room. */
    private void endAfterTable() {
        Wml p = kit.paragraph();
        DocxKit.exactLines(p, 1);
        kit.run(p, null, 1, false);
    }

}
