package th.ita.report.output.memo;

import th.ita.report.output.layout.Paper;
import th.ita.report.output.layout.LineBreaks;

import java.math.BigInteger;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPoint2D;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTPosH;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTPosV;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.STRelFromH;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.STRelFromV;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Low-level WordprocessingML helpers for the memo and report: Thai-aware runs (every font slot
 * set, complex-script bold and size, th-TH language so Word and LibreOffice shape and break Thai),
 * tab stops with leaders and section properties. Lengths are in twentieths of a point (twips).
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

    private final XWPFDocument doc;
    private final String font;
    private final LineBreaks breaks;

    /** @param breaks how Thai text in the runs is to break into lines */
    DocxKit(XWPFDocument doc, String font, LineBreaks breaks) {
        this.doc = doc;
        this.font = font;
        this.breaks = breaks;
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
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts(), font);
        rpr.addNewSz().setVal(BigInteger.valueOf(32));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(32));
        CTLanguage lang = rpr.addNewLang();
        lang.setVal(LATIN);
        lang.setBidi(THAI);
        CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        doc.createStyles().setStyles(styles);
    }

    private static void fonts(CTFonts fonts, String family) {
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setCs(family);
        fonts.setEastAsia(family);
    }

    XWPFParagraph paragraph() {
        return doc.createParagraph();
    }

    /**
     * A run in the document font on every slot, the given size (sz and szCs), bold on b and bCs,
     * its Thai words marked for line breaking ({@link LineBreaks#forRenderers}).
     */
    XWPFRun run(XWPFParagraph p, String text, double pt, boolean bold) {
        return styled(p.createRun(), breaks.forRenderers(text), pt, bold, font);
    }

    /** A run whose glyph the Thai family may lack (tick box): a symbol font on every slot. */
    XWPFRun symbolRun(XWPFParagraph p, String text, double pt, String symbolFont) {
        return styled(p.createRun(), text, pt, false, symbolFont);
    }

    static XWPFRun styled(XWPFRun r, String text, double pt, boolean bold, String family) {
        if (text != null && !text.isEmpty()) {
            r.setText(text);
        }
        // rPr children are added in schema order: rFonts, b, bCs, sz, szCs, lang
        r.setFontFamily(family, FontCharRange.ascii);
        r.setFontFamily(family, FontCharRange.hAnsi);
        r.setFontFamily(family, FontCharRange.cs);
        r.setFontFamily(family, FontCharRange.eastAsia);
        CTRPr rpr = r.getCTR().getRPr();
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        // XWPFRun.setFontSize(double) writes sz only in POI 5.5.1: szCs sizes the Thai text
        BigInteger halfPoints = BigInteger.valueOf(Math.round(pt * 2));
        rpr.addNewSz().setVal(halfPoints);
        rpr.addNewSzCs().setVal(halfPoints);
        CTLanguage lang = rpr.addNewLang();
        lang.setVal(LATIN);
        lang.setBidi(THAI);
        return r;
    }

    /** A run holding one tab character, sized so its leader dots match the body text. */
    XWPFRun tab(XWPFParagraph p, double pt) {
        XWPFRun r = run(p, null, pt, false);
        r.addTab();
        return r;
    }

    /** A PAGE-style field: begin, instruction, separator, the result shown until updated, end. */
    void pageField(XWPFParagraph p, String instruction, String shown, double pt) {
        run(p, null, pt, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, null, pt, false).getCTR().addNewInstrText().setStringValue(instruction);
        run(p, null, pt, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, shown, pt, false);
        run(p, null, pt, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /**
     * Turns a drawing's inline picture into one floating at the left margin, level with the top of
     * its paragraph, text not wrapped around it: an inline picture taller than an exactly spaced
     * line is cut off.
     */
    static void floatAtMargin(CTDrawing drawing) {
        CTInline inline = drawing.getInlineArray(0);
        CTAnchor anchor = drawing.addNewAnchor();
        anchor.setDistT(0);
        anchor.setDistB(0);
        anchor.setDistL(0);
        anchor.setDistR(0);
        anchor.setSimplePos2(false);
        anchor.setRelativeHeight(1);
        anchor.setBehindDoc(false);
        anchor.setLocked(false);
        anchor.setLayoutInCell(true);
        anchor.setAllowOverlap(true);
        CTPoint2D origin = anchor.addNewSimplePos();
        origin.setX(0);
        origin.setY(0);
        CTPosH across = anchor.addNewPositionH();
        across.setRelativeFrom(STRelFromH.MARGIN);
        across.setPosOffset(0);
        CTPosV down = anchor.addNewPositionV();
        down.setRelativeFrom(STRelFromV.PARAGRAPH);
        down.setPosOffset(0);
        anchor.setExtent(inline.getExtent());
        var effect = anchor.addNewEffectExtent();
        effect.setL(0);
        effect.setT(0);
        effect.setR(0);
        effect.setB(0);
        anchor.addNewWrapNone();
        anchor.setDocPr(inline.getDocPr());
        anchor.addNewCNvGraphicFramePr();
        anchor.setGraphic(inline.getGraphic());
        drawing.removeInline(0);
    }

    static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    static void tabStop(XWPFParagraph p, STTabJc.Enum kind, int pos, boolean dotLeader) {
        CTPPr ppr = ppr(p);
        CTTabs tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
        CTTabStop stop = tabs.addNewTab();
        stop.setVal(kind);
        stop.setPos(BigInteger.valueOf(pos));
        if (dotLeader) {
            stop.setLeader(STTabTlc.DOT);
        }
    }

    static void align(XWPFParagraph p, ParagraphAlignment alignment) {
        p.setAlignment(alignment);
    }

    /**
     * Ends the current section at paragraph p (its pPr carries the section's properties) or,
     * when p is null, fills the body-level section properties (the last section).
     */
    CTSectPr section(XWPFParagraph p, boolean landscape, int top, int right, int bottom, int left) {
        CTSectPr sect;
        if (p == null) {
            sect = doc.getDocument().getBody().isSetSectPr()
                    ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
        } else {
            sect = ppr(p).addNewSectPr();
        }
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        if (landscape) {
            size.setW(BigInteger.valueOf(A4_LONG));
            size.setH(BigInteger.valueOf(A4_SHORT));
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            size.setW(BigInteger.valueOf(A4_SHORT));
            size.setH(BigInteger.valueOf(A4_LONG));
            size.setOrient(STPageOrientation.PORTRAIT);
        }
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(top));
        mar.setRight(BigInteger.valueOf(right));
        mar.setBottom(BigInteger.valueOf(bottom));
        mar.setLeft(BigInteger.valueOf(left));
        mar.setHeader(BigInteger.valueOf(cm(1.25)));
        mar.setFooter(BigInteger.valueOf(cm(1.0)));
        mar.setGutter(BigInteger.ZERO);
        return sect;
    }

    /**
     * Lays out a table as fixed columns of the given widths (twips) with single black borders
     * of {@code borderEighths} eighths of a point all round and inside, and sets every cell's width.
     */
    static void fixedGrid(XWPFTable table, int[] widths, int borderEighths) {
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < row.getTableCells().size(); c++) {
                cellWidth(row.getCell(c), widths[c]);
            }
        }
        table.setTopBorder(XWPFBorderType.SINGLE, borderEighths, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, borderEighths, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, borderEighths, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, borderEighths, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, borderEighths, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, borderEighths, 0, "000000");
    }

    static void cellWidth(XWPFTableCell cell, int twips) {
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    /** A header part referenced from this section only. */
    XWPFHeader header(CTSectPr sect, STHdrFtr.Enum type) {
        return new XWPFHeaderFooterPolicy(doc, sect).createHeader(type);
    }

    /** A footer part referenced from this section only. */
    XWPFFooter footer(CTSectPr sect, STHdrFtr.Enum type) {
        return new XWPFHeaderFooterPolicy(doc, sect).createFooter(type);
    }

    /**
     * Empty header and footer of the section's own, so it does not show the previous section's
     * (Word and LibreOffice carry them over to a section that has none): one line a point high,
     * half a centimetre from the edge, well inside the margins, so the text area stays whole.
     */
    void blankHeaderAndFooter(CTSectPr sect) {
        exactLines(firstParagraph(header(sect, STHdrFtr.DEFAULT)), 1);
        exactLines(firstParagraph(footer(sect, STHdrFtr.DEFAULT)), 1);
        sect.getPgMar().setHeader(BigInteger.valueOf(cm(0.5)));
        sect.getPgMar().setFooter(BigInteger.valueOf(cm(0.5)));
    }

    /** The first paragraph of a header or footer part (one is always there). */
    static XWPFParagraph firstParagraph(org.apache.poi.xwpf.usermodel.XWPFHeaderFooter part) {
        return part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
    }

    /**
     * Lines of the paragraph exactly {@code pt} apart: the same in Word and LibreOffice whatever the
     * font's own line height (TLWG Laksaman's is half as tall again as TH Sarabun New's).
     */
    static void exactLines(XWPFParagraph p, double pt) {
        CTPPr ppr = ppr(p);
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(Math.round(pt * 20)));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }
}
