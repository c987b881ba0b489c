package th.ita.report.output.memo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;


import th.ita.report.output.layout.TextWidth;
import th.ita.report.report.EmblemImage;
import th.ita.report.report.MemoContent;
import th.ita.report.text.Numerals;

/**
 * The memo proper (บันทึกข้อความ), laid out as the government correspondence rules and the seed
 * memo have it, on pages this class plans itself.
 *
 * <p>Page 1: the emblem and heading, the labelled lines, the body, the signature, and as many
 * approval boxes as fit; each later page takes the next boxes that fit. Every page is its own
 * section, so each can carry its own header and footer: the page number "- ๒ -" at the top of
 * pages 2 on is plain text (a PAGE field's Thai-digit switch is drawn as Thai letters by
 * LibreOffice), and the catchword ("/ความเห็นรองปลัด...", the next page's first words) stands
 * in the footer, at the foot of the page it continues. The plan comes from {@link TextWidth}'s
 * estimates, made with the wider of the fonts the memo may be drawn in; should page 1 not hold
 * even the body, the numbers fall back to PAGE fields, which Word at least draws right.
 *
 * <p>Sizes: A4, left 3 cm, right 2 cm; heading 29 pt bold, labels 20 pt bold, everything else
 * 16 pt; lines set exactly {@link #BODY_LINE_PT} apart so the pages come out alike in Word and
 * LibreOffice. Signature blocks are centred {@link #SIGN_CENTRE_CM} cm from the left margin, wide
 * enough for the longest position title on one line, each name centred under its dotted line.
 */
final class MemoPages {

    static final double HEADING_PT = 29;
    static final double LABEL_PT = 20;
    static final double BODY_PT = 16;
    static final double BODY_LINE_PT = 19.5;
    static final double LABEL_LINE_PT = 22;
    /** The heading's line: as tall as the emblem, which floats at its left. */
    static final double HEADING_LINE_PT = 44;
    static final double GAP_PT = 2;
    static final double BOX_GAP_PT = 4;
    /** Space left above each dotted line to sign on. */
    static final double SIGN_GAP_PT = 12;
    /** Pages after the first hold only approval boxes: they are spaced more generously. */
    static final double LATER_BOX_GAP_PT = 18;
    static final double LATER_SIGN_GAP_PT = 24;

    static final String TICK_BOX = "\u2610";
    static final String SYMBOL_FONT = "Segoe UI Symbol";
    /** The tick box in a Latin symbol font looks right beside 16 pt Sarabun at about 12 pt. */
    static final double TICK_BOX_PT = 12;

    static final int FIRST_TOP = DocxKit.cm(1.5);
    static final int LATER_TOP = DocxKit.cm(2.0);
    static final int BOTTOM = DocxKit.cm(1.5);
    static final int LEFT = DocxKit.cm(3.0);
    static final int RIGHT = DocxKit.cm(2.0);
    static final int HEADER_DISTANCE = DocxKit.cm(1.0);
    static final int FOOTER_DISTANCE = DocxKit.cm(0.6);

    /** Text width: A4 width minus left and right margins (16 cm). */
    static final int WIDTH = DocxKit.A4_SHORT - LEFT - RIGHT;
    static final int FIRST_LINE_INDENT = DocxKit.cm(2.5);
    static final int OPTION_INDENT = DocxKit.cm(1.0);
    static final long EMBLEM_HEIGHT_EMU = 540_000L; // 1.5 cm

    /** Centre of the signature blocks, from the left margin; the block runs from 2 × centre − width to the right margin. */
    static final double SIGN_CENTRE_CM = 10.5;
    static final double SIGN_DOTS_CM = 6.0;

    /** Heights the plan allows: the pages less a small safety. */
    private static final double FIRST_PAGE_PT = (DocxKit.A4_LONG - FIRST_TOP - BOTTOM) / 20.0 - 6;
    private static final double LATER_PAGE_PT = (DocxKit.A4_LONG - LATER_TOP - BOTTOM) / 20.0 - 6;

    private static final int SIGN_CENTRE = DocxKit.cm(SIGN_CENTRE_CM);
    private static final int SIGN_INDENT = 2 * SIGN_CENTRE - WIDTH;
    private static final int DOTS_HALF = DocxKit.cm(SIGN_DOTS_CM / 2);

    private final DocxKit kit;
    private final Numerals numerals;

    MemoPages(DocxKit kit, Numerals numerals) {
        this.kit = kit;
        this.numerals = numerals;
    }

    /** Writes the memo's pages; the next section (the report's cover) starts on a new page. */
    void write(MemoContent memo) {
        List<List<MemoContent.ApprovalBox>> pages = plan(memo);
        boolean literalNumbers = pages != null;
        if (pages == null) {
            pages = List.of(memo.approvals());
        }
        for (int page = 0; page < pages.size(); page++) {
            Wml last = page == 0 ? writeBody(memo) : null;
            for (MemoContent.ApprovalBox box : pages.get(page)) {
                last = approvalBox(box, page > 0);
            }
            if (last == null) {
                last = kit.paragraph();
            }
            Wml section = kit.section(last, false, page == 0 ? FIRST_TOP : LATER_TOP, RIGHT, BOTTOM, LEFT);
            DocxKit.headerAndFooterDistance(section, HEADER_DISTANCE, FOOTER_DISTANCE);
            if (page > 0 || !literalNumbers) {
                pageNumber(memo.labels(), section, page + 1, literalNumbers);
            }
            Wml cue = DocxKit.firstParagraph(kit.footer(section, DocxKit.DEFAULT));
            DocxKit.exactLines(cue, BODY_LINE_PT);
            if (page + 1 < pages.size() && !pages.get(page + 1).isEmpty()) {
                DocxKit.align(cue, DocxKit.RIGHT);
                kit.run(cue, cueFor(memo.labels().cue(), pages.get(page + 1).get(0).title()), BODY_PT, false);
            }
        }
    }

    // ---------------------------------------------------------------- plan

    /**
     * The approval boxes page by page: page 1 after the body, as many as fit, then as many as fit
     * on each later page. Null when the body alone may not fit on page 1.
     */
    List<List<MemoContent.ApprovalBox>> plan(MemoContent memo) {
        double used = bodyHeight(memo);
        if (used > FIRST_PAGE_PT) {
            return null;
        }
        List<List<MemoContent.ApprovalBox>> pages = new ArrayList<>();
        List<MemoContent.ApprovalBox> page = new ArrayList<>();
        double room = FIRST_PAGE_PT;
        for (MemoContent.ApprovalBox box : memo.approvals()) {
            boolean later = !pages.isEmpty();
            double height = boxHeight(box, later);
            if (used + height > room && !(page.isEmpty() && later)) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                room = LATER_PAGE_PT;
                height = boxHeight(box, true);
            }
            page.add(box);
            used += height;
        }
        pages.add(page);
        return pages;
    }

    /** Estimated height of page 1 up to the signature, in points. */
    double bodyHeight(MemoContent memo) {
        MemoContent.Labels l = memo.labels();
        double h = HEADING_LINE_PT + GAP_PT;
        h += labelledLines(l.office(), memo.office()) * LABEL_LINE_PT;
        h += labelledLines(l.reference() + " " + memo.reference() + " " + l.date(), memo.date()) * LABEL_LINE_PT;
        h += labelledLines(l.subject(), memo.subject()) * LABEL_LINE_PT;
        h += GAP_PT + BODY_LINE_PT;
        for (MemoContent.Section section : memo.sections()) {
            h += GAP_PT + BODY_LINE_PT;
            for (String paragraph : section.paragraphs()) {
                h += indentedLines(paragraph) * BODY_LINE_PT;
            }
        }
        h += GAP_PT + indentedLines(memo.closing()) * BODY_LINE_PT;
        return h + SIGN_GAP_PT + 3 * BODY_LINE_PT;
    }

    double boxHeight(MemoContent.ApprovalBox box, boolean laterPage) {
        return (laterPage ? LATER_BOX_GAP_PT + LATER_SIGN_GAP_PT : BOX_GAP_PT + SIGN_GAP_PT)
                + (1 + box.options().size() + 3) * BODY_LINE_PT;
    }

    private static int twips(double pt) {
        return (int) Math.round(pt * 20);
    }

    private static double widthEm(int twips) {
        return twips / 20.0 / BODY_PT;
    }

    private static int labelledLines(String label, String value) {
        double labelEm = TextWidth.em(label) * TextWidth.BOLD * LABEL_PT / BODY_PT + TextWidth.em("  ");
        return TextWidth.measure(value).lines(labelEm, widthEm(WIDTH));
    }

    private static int indentedLines(String text) {
        return TextWidth.measure(text).lines(widthEm(FIRST_LINE_INDENT), widthEm(WIDTH));
    }

    // ---------------------------------------------------------------- page 1

    /** Page 1 up to the signature; returns its last paragraph. */
    private Wml writeBody(MemoContent memo) {
        MemoContent.Labels labels = memo.labels();
        headingLine(labels.heading(), memo.emblemImage());

        Wml office = labelLine();
        DocxKit.spacingBefore(office, twips(GAP_PT));
        labelled(office, labels.office(), memo.office());
        dotsToMargin(office);

        Wml refDate = labelLine();
        labelled(refDate, labels.reference(), memo.reference());
        DocxKit.tabStop(refDate, "left", WIDTH / 2, true);
        kit.tab(refDate, BODY_PT);
        labelled(refDate, labels.date(), memo.date());
        dotsToMargin(refDate);

        Wml subject = labelLine();
        labelled(subject, labels.subject(), memo.subject());
        dotsToMargin(subject);

        Wml to = bodyLine();
        DocxKit.spacingBefore(to, twips(GAP_PT));
        kit.run(to, labels.to() + "  " + memo.addressee(), BODY_PT, false);

        for (MemoContent.Section section : memo.sections()) {
            Wml heading = bodyLine();
            DocxKit.spacingBefore(heading, twips(GAP_PT));
            DocxKit.firstLineIndent(heading, FIRST_LINE_INDENT);
            DocxKit.keepNext(heading);
            kit.run(heading, section.heading(), BODY_PT, true);
            for (String text : section.paragraphs()) {
                Wml p = bodyLine();
                DocxKit.firstLineIndent(p, FIRST_LINE_INDENT);
                DocxKit.align(p, DocxKit.THAI_DISTRIBUTE);
                kit.run(p, text, BODY_PT, false);
            }
        }

        Wml closing = bodyLine();
        DocxKit.spacingBefore(closing, twips(GAP_PT));
        DocxKit.firstLineIndent(closing, FIRST_LINE_INDENT);
        DocxKit.keepNext(closing);
        kit.run(closing, memo.closing(), BODY_PT, false);

        MemoContent.SignatureBlock sig = memo.signatory();
        signLine(sig.rankLine() == null ? "" : sig.rankLine().strip(), SIGN_GAP_PT);
        DocxKit.keepNext(centredUnderSignature(sig.nameLine()));
        return centredUnderSignature(sig.position());
    }

    /**
     * The heading centred on the page, the emblem (if any) floating at the left margin beside
     * it: the line is as tall with or without it, so the memo lays out the same.
     */
    private void headingLine(String heading, String emblemImage) {
        Wml p = kit.paragraph();
        DocxKit.exactLines(p, HEADING_LINE_PT);
        DocxKit.align(p, DocxKit.CENTER);
        if (emblemImage != null) {
            emblem(p, Path.of(emblemImage));
        }
        kit.run(p, heading, HEADING_PT, true);
    }

    /** Adds the emblem picture 1.5 cm high; false (and nothing added) when the file is unreadable. */
    boolean emblem(Wml p, Path file) {
        try {
            byte[] bytes = EmblemImage.read(file);
            if (bytes == null) {
                return false;
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            long height = EMBLEM_HEIGHT_EMU;
            long width = Math.round((double) height * image.getWidth() / image.getHeight());
            floatingPicture(p.add("w:r"), kit.document().picture(bytes, EmblemImage.isPng(bytes)),
                    file.getFileName().toString(), width, height);
            return true;
        } catch (IOException | RuntimeException e) {
            // the run's notice says the emblem is unreadable; the memo is written without it
            return false;
        }
    }

    /**
     * A picture floating at the left margin, level with the top of its paragraph, text not wrapped
     * around it: an inline picture taller than an exactly spaced line is cut off.
     */
    private static void floatingPicture(Wml run, WordPackage.Picture part, String name, long cx, long cy) {
        int id = part.id();
        Wml anchor = run.add("w:drawing").add("wp:anchor").set("distT", 0).set("distR", 0).set("distB", 0)
                .set("distL", 0).set("simplePos", false).set("relativeHeight", 1).set("behindDoc", false)
                .set("locked", false).set("layoutInCell", true).set("allowOverlap", true);
        anchor.add("wp:simplePos").set("x", 0).set("y", 0);
        anchor.add("wp:positionH").set("relativeFrom", "margin").add("wp:posOffset").text("0");
        anchor.add("wp:positionV").set("relativeFrom", "paragraph").add("wp:posOffset").text("0");
        anchor.add("wp:extent").set("cx", cx).set("cy", cy);
        anchor.add("wp:effectExtent").set("l", 0).set("t", 0).set("r", 0).set("b", 0);
        anchor.add("wp:wrapNone");
        anchor.add("wp:docPr").set("id", id).set("name", "Drawing " + id).set("descr", name);
        anchor.add("wp:cNvGraphicFramePr");
        Wml picture = anchor.add("a:graphic").add("a:graphicData")
                .set("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture").add("pic:pic");
        Wml nonVisual = picture.add("pic:nvPicPr");
        nonVisual.add("pic:cNvPr").set("id", id).set("name", "Picture " + id).set("descr", name);
        nonVisual.add("pic:cNvPicPr").add("a:picLocks").set("noChangeAspect", true);
        Wml fill = picture.add("pic:blipFill");
        fill.add("a:blip").set("r:embed", part.relationship());
        fill.add("a:stretch").add("a:fillRect");
        Wml shape = picture.add("pic:spPr");
        Wml transform = shape.add("a:xfrm");
        transform.add("a:off").set("x", 0).set("y", 0);
        transform.add("a:ext").set("cx", cx).set("cy", cy);
        shape.add("a:prstGeom").set("prst", "rect").add("a:avLst");
    }

    /** Bold 20 pt label, then the 16 pt value. */
    private void labelled(Wml p, String label, String value) {
        kit.run(p, label, LABEL_PT, true);
        kit.run(p, "  " + (value == null ? "" : value), BODY_PT, false);
    }

    private void dotsToMargin(Wml p) {
        DocxKit.tabStop(p, "right", WIDTH, true);
        kit.tab(p, BODY_PT);
    }

    private Wml labelLine() {
        Wml p = kit.paragraph();
        DocxKit.exactLines(p, LABEL_LINE_PT);
        return p;
    }

    private Wml bodyLine() {
        Wml p = kit.paragraph();
        DocxKit.exactLines(p, BODY_LINE_PT);
        return p;
    }

    // ---------------------------------------------------------------- signatures and boxes

    /**
     * The line to sign on, a blank line down: a dotted line centred on the signature block, and
     * the rank (if any) just before it, so the name below is centred under the dots.
     */
    private void signLine(String rank, double gapPt) {
        Wml p = bodyLine();
        DocxKit.spacingBefore(p, twips(gapPt));
        DocxKit.keepNext(p);
        DocxKit.tabStop(p, "right", SIGN_CENTRE - DOTS_HALF, false);
        DocxKit.tabStop(p, "right", SIGN_CENTRE + DOTS_HALF, true);
        kit.tab(p, BODY_PT);
        if (!rank.isEmpty()) {
            kit.run(p, rank, BODY_PT, false);
        }
        kit.tab(p, BODY_PT);
    }

    /** A line centred on the signature block's centre. */
    private Wml centredUnderSignature(String text) {
        Wml p = bodyLine();
        DocxKit.leftIndent(p, SIGN_INDENT);
        DocxKit.align(p, DocxKit.CENTER);
        kit.run(p, text, BODY_PT, false);
        return p;
    }

    /** One approval level, kept on one page: bold title, tick-box options, the line to sign on, name, position. */
    private Wml approvalBox(MemoContent.ApprovalBox box, boolean laterPage) {
        Wml title = bodyLine();
        DocxKit.spacingBefore(title, twips(laterPage ? LATER_BOX_GAP_PT : BOX_GAP_PT));
        DocxKit.keepNext(title);
        kit.run(title, box.title(), BODY_PT, true);
        for (String option : box.options()) {
            Wml p = bodyLine();
            DocxKit.leftIndent(p, OPTION_INDENT);
            DocxKit.keepNext(p);
            kit.symbolRun(p, TICK_BOX, TICK_BOX_PT, SYMBOL_FONT);
            kit.run(p, " " + option, BODY_PT, false);
        }
        signLine("", laterPage ? LATER_SIGN_GAP_PT : SIGN_GAP_PT);
        DocxKit.keepNext(centredUnderSignature(box.nameLine()));
        return centredUnderSignature(box.position());
    }

    // ---------------------------------------------------------------- header and footer

    /**
     * Page numbers from page 2: the number as text in the office's digits, or (when the plan could
     * not place the pages) a PAGE field, Thai digits by Word's ThaiArabic switch.
     */
    private void pageNumber(MemoContent.Labels labels, Wml section, int page, boolean literal) {
        Wml p = DocxKit.firstParagraph(kit.header(section, DocxKit.DEFAULT));
        DocxKit.align(p, DocxKit.CENTER);
        DocxKit.exactLines(p, BODY_LINE_PT);
        if (literal) {
            kit.run(p, MessageFormat.format(labels.pageNumber(), numerals.format(page)), BODY_PT, false);
            return;
        }
        // One section for the whole memo: page 1's own header stays empty.
        section.child("w:titlePg");
        DocxKit.exactLines(DocxKit.firstParagraph(kit.header(section, DocxKit.FIRST)), BODY_LINE_PT);
        String[] around = labels.pageNumber().split("\\{0}", 2);
        kit.run(p, around[0], BODY_PT, false);
        kit.pageField(p, numerals.isThai() ? " PAGE \\* ThaiArabic " : " PAGE ", numerals.format(2), BODY_PT);
        kit.run(p, around.length > 1 ? around[1] : "", BODY_PT, false);
    }

    /**
     * The catchword: the pattern filled with the next page's first words. Thai has no spaces
     * between words, so they come from the JDK's Thai dictionary break iterator; enough are taken
     * to name the level ("ความเห็นรองปลัด").
     */
    static String cueFor(String pattern, String nextTitle) {
        String title = nextTitle.strip();
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(title);
        int end = title.length();
        for (int b = words.next(); b != BreakIterator.DONE; b = words.next()) {
            if (b >= 14 || (b < title.length() && Character.isWhitespace(title.charAt(b)))) {
                end = b;
                break;
            }
        }
        return MessageFormat.format(pattern, title.substring(0, end).strip());
    }
}
