package th.ita.report.output.memo;

import th.ita.report.output.layout.LineBreaks;
import th.ita.report.output.layout.Paper;

/**
 * Low-level WordprocessingML helpers for the memo, the report and the form: Thai-aware runs (every
 * font slot set, complex-script bold and size, th-TH language so Word and LibreOffice shape and
 * break Thai), tab stops with leaders, tables of fixed columns and section properties, built as
 * {@link Wml} elements of a {@link WordPackage}. Lengths are in twentieths of a point (twips).
 */
final class DocxKit {

    /** Language of complex-script (Thai) text: w:lang/@w:bidi. */
    static final String THAI = "th-TH";
    /**
     * Language of Latin text in the same runs: w:lang/@w:val. Thai there makes LibreOffice break
     * Latin words anywhere ("Se|rvice"); Thai Word writes en-US here too.
     */
    static final String LATIN = "en-US";

    /** A4 in twips. */
    static final int A4_SHORT = Paper.A4_SHORT;
    static final int A4_LONG = Paper.A4_LONG;

    /** Paragraph alignments (w:jc). */
    static final String LEFT = "left";
    static final String CENTER = "center";
    static final String RIGHT = "right";
    static final String THAI_DISTRIBUTE = "thaiDistribute";

    /** Header and footer kinds (w:type). */
    static final String DEFAULT = "default";
    static final String FIRST = "first";

    private final WordPackage doc;
    private final String font;
    private final LineBreaks breaks;

    /** @param breaks how Thai text in the runs is to break into lines */
    DocxKit(WordPackage doc, String font, LineBreaks breaks) {
        this.doc = doc;
        this.font = font;
        this.breaks = breaks;
    }

    WordPackage document() {
        return doc;
    }

    LineBreaks breaks() {
        return breaks;
    }

    static int cm(double cm) {
        return Paper.cm(cm);
    }

    String font() {
        return font;
    }

    /** Document defaults: the family on every slot, 16 pt, Thai language, single spacing, no gaps. */
    void documentDefaults() {
        Wml defaults = doc.styles().add("w:docDefaults");
        Wml rpr = defaults.add("w:rPrDefault").add("w:rPr");
        fonts(rpr.add("w:rFonts"), font);
        rpr.add("w:sz").set("w:val", 32);
        rpr.add("w:szCs").set("w:val", 32);
        rpr.add("w:lang").set("w:val", LATIN).set("w:bidi", THAI);
        defaults.add("w:pPrDefault").add("w:pPr").add("w:spacing")
                .set("w:before", 0).set("w:after", 0).set("w:line", 240).set("w:lineRule", "auto");
    }

    private static void fonts(Wml fonts, String family) {
        fonts.set("w:ascii", family).set("w:hAnsi", family).set("w:cs", family).set("w:eastAsia", family);
    }

    /** A new paragraph at the end of the body. */
    Wml paragraph() {
        return doc.body().add("w:p");
    }

    /**
     * A run in the document font on every slot, the given size (sz and szCs), bold on b and bCs,
     * its Thai words marked for line breaking ({@link LineBreaks#forRenderers}).
     */
    Wml run(Wml p, String text, double pt, boolean bold) {
        return styled(p.add("w:r"), text == null ? null : breaks.forRenderers(text), pt, bold, font);
    }

    /** A run whose glyph the Thai family may lack (tick box): a symbol font on every slot. */
    Wml symbolRun(Wml p, String text, double pt, String symbolFont) {
        return styled(p.add("w:r"), text, pt, false, symbolFont);
    }

    static Wml styled(Wml r, String text, double pt, boolean bold, String family) {
        if (text != null && !text.isEmpty()) {
            text(r, text);
        }
        Wml rpr = r.child("w:rPr");
        fonts(rpr.add("w:rFonts"), family);
        if (bold) {
            rpr.add("w:b");
            rpr.add("w:bCs");
        }
        long halfPoints = Math.round(pt * 2);
        rpr.add("w:sz").set("w:val", halfPoints);
        rpr.add("w:szCs").set("w:val", halfPoints);
        rpr.add("w:lang").set("w:val", LATIN).set("w:bidi", THAI);
        return r;
    }

    /** w:t, its spaces kept when it starts or ends with one (as Word needs, and POI wrote it). */
    static void text(Wml r, String text) {
        Wml t = r.add("w:t");
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            t.set("xml:space", "preserve");
        }
        t.text(text);
    }

    /** A run holding one tab character, sized so its leader dots match the body text. */
    Wml tab(Wml p, double pt) {
        Wml r = run(p, null, pt, false);
        r.add("w:tab");
        return r;
    }

    /** A PAGE-style field: begin, instruction, separator, the result shown until updated, end. */
    void pageField(Wml p, String instruction, String shown, double pt) {
        run(p, null, pt, false).add("w:fldChar").set("w:fldCharType", "begin");
        run(p, null, pt, false).add("w:instrText").text(instruction);
        run(p, null, pt, false).add("w:fldChar").set("w:fldCharType", "separate");
        run(p, shown, pt, false);
        run(p, null, pt, false).add("w:fldChar").set("w:fldCharType", "end");
    }

    static Wml ppr(Wml p) {
        return p.child("w:pPr");
    }

    static void tabStop(Wml p, String kind, int pos, boolean dotLeader) {
        Wml stop = ppr(p).child("w:tabs").add("w:tab").set("w:val", kind);
        if (dotLeader) {
            stop.set("w:leader", "dot");
        }
        stop.set("w:pos", pos);
    }

    static void align(Wml p, String alignment) {
        ppr(p).child("w:jc").set("w:val", alignment);
    }

    static void spacingBefore(Wml p, int twips) {
        ppr(p).child("w:spacing").set("w:before", twips);
    }

    static void spacingAfter(Wml p, int twips) {
        ppr(p).child("w:spacing").set("w:after", twips);
    }

    static void firstLineIndent(Wml p, int twips) {
        ppr(p).child("w:ind").set("w:firstLine", twips);
    }

    static void leftIndent(Wml p, int twips) {
        ppr(p).child("w:ind").set("w:left", twips);
    }

    /** Kept on the page of the paragraph after it. */
    static Wml keepNext(Wml p) {
        ppr(p).child("w:keepNext").set("w:val", "on");
        return p;
    }

    /**
     * Ends the current section at paragraph p (its pPr carries the section's properties) or,
     * when p is null, fills the body-level section properties (the last section).
     */
    Wml section(Wml p, boolean landscape, int top, int right, int bottom, int left) {
        Wml sect = p == null ? doc.body().child("w:sectPr") : ppr(p).add("w:sectPr");
        Wml size = sect.child("w:pgSz");
        if (landscape) {
            size.set("w:w", A4_LONG).set("w:h", A4_SHORT).set("w:orient", "landscape");
        } else {
            size.set("w:w", A4_SHORT).set("w:h", A4_LONG).set("w:orient", "portrait");
        }
        sect.child("w:pgMar").set("w:top", top).set("w:right", right).set("w:bottom", bottom).set("w:left", left)
                .set("w:header", cm(1.25)).set("w:footer", cm(1.0)).set("w:gutter", 0);
        return sect;
    }

    /** The distances of the section's header and footer from the page's edge. */
    static void headerAndFooterDistance(Wml section, int header, int footer) {
        section.child("w:pgMar").set("w:header", header).set("w:footer", footer);
    }

    /**
     * A table of fixed columns of the given widths (twips), {@code rows} rows of empty cells (one
     * empty paragraph each), single black borders of {@code borderEighths} eighths of a point all
     * round and inside, every cell's width set.
     */
    Wml table(int rows, int[] widths, int borderEighths) {
        Wml table = doc.body().add("w:tbl");
        Wml pr = table.add("w:tblPr");
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        pr.add("w:tblW").set("w:w", total).set("w:type", "dxa");
        pr.add("w:tblLayout").set("w:type", "fixed");
        Wml borders = pr.add("w:tblBorders");
        for (String side : new String[] {"w:top", "w:bottom", "w:left", "w:right", "w:insideH", "w:insideV"}) {
            borders.add(side).set("w:val", "single").set("w:sz", borderEighths).set("w:space", 0)
                    .set("w:color", "000000");
        }
        Wml grid = table.add("w:tblGrid");
        for (int width : widths) {
            grid.add("w:gridCol").set("w:w", width);
        }
        for (int r = 0; r < rows; r++) {
            Wml row = table.add("w:tr");
            for (int width : widths) {
                Wml cell = row.add("w:tc");
                cellWidth(cell, width);
                cell.add("w:p");
            }
        }
        return table;
    }

    /** Cell margins of the whole table. */
    static void cellMargins(Wml table, int top, int left, int bottom, int right) {
        Wml margins = table.child("w:tblPr").child("w:tblCellMar");
        margins.add("w:top").set("w:w", top).set("w:type", "dxa");
        margins.add("w:left").set("w:w", left).set("w:type", "dxa");
        margins.add("w:bottom").set("w:w", bottom).set("w:type", "dxa");
        margins.add("w:right").set("w:w", right).set("w:type", "dxa");
    }

    static Wml row(Wml table, int index) {
        return table.elements("w:tr").get(index);
    }

    static Wml cell(Wml row, int index) {
        return row.elements("w:tc").get(index);
    }

    /** The row kept on one page. */
    static void cantSplit(Wml row) {
        row.child("w:trPr").add("w:cantSplit").set("w:val", "on");
    }

    /** The row repeated at the top of every page the table runs onto. */
    static void repeatHeader(Wml row) {
        row.child("w:trPr").add("w:tblHeader").set("w:val", "on");
    }

    static void cellWidth(Wml cell, int twips) {
        cell.child("w:tcPr").child("w:tcW").set("w:w", twips).set("w:type", "dxa");
    }

    /** The first paragraph of a cell, a header or a footer (one is always there). */
    static Wml firstParagraph(Wml container) {
        return container.elements("w:p").get(0);
    }

    /** A header part referenced from this section only. */
    Wml header(Wml section, String type) {
        return doc.header(section, type);
    }

    /** A footer part referenced from this section only. */
    Wml footer(Wml section, String type) {
        return doc.footer(section, type);
    }

    /**
     * Empty header and footer of the section's own, so it does not show the previous section's
     * (Word and LibreOffice carry them over to a section that has none): one line a point high,
     * half a centimetre from the edge, well inside the margins, so the text area stays whole.
     */
    void blankHeaderAndFooter(Wml sect) {
        exactLines(firstParagraph(header(sect, DEFAULT)), 1);
        exactLines(firstParagraph(footer(sect, DEFAULT)), 1);
        headerAndFooterDistance(sect, cm(0.5), cm(0.5));
    }

    /**
     * Lines of the paragraph exactly {@code pt} apart: the same in Word and LibreOffice whatever the
     * font's own line height (TLWG Laksaman's is half as tall again as TH Sarabun New's).
     */
    static void exactLines(Wml p, double pt) {
        ppr(p).child("w:spacing").set("w:line", Math.round(pt * 20)).set("w:lineRule", "exact");
    }
}
