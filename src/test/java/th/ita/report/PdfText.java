package th.ita.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PDF shows, read back with poppler's pdftotext and pdfinfo: its pages, each page's lines,
 * and its blocks of lines (a paragraph or a table cell, so where its lines break can be judged).
 */
public final class PdfText {

    private static final Pattern BLOCK = Pattern.compile("<block[^>]*>(.*?)</block>", Pattern.DOTALL);
    private static final Pattern PAGE = Pattern.compile("<page[^>]*>(.*?)</page>", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile(
            "<line xMin=\"[^\"]*\" yMin=\"([^\"]*)\" xMax=\"[^\"]*\" yMax=\"([^\"]*)\">(.*?)</line>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("<word[^>]*>(.*?)</word>");

    private PdfText() {
    }

    public static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/pdftotext")) && Files.isExecutable(Path.of("/usr/bin/pdfinfo"));
    }

    public static int pages(Path pdf) {
        for (String line : run("pdfinfo", pdf.toString()).lines().toList()) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).strip());
            }
        }
        throw new IllegalStateException("pdfinfo gave no page count for " + pdf);
    }

    /** The page's text lines (1-based page), stripped, blank ones left out. */
    public static List<String> lines(Path pdf, int page) {
        return run("pdftotext", "-enc", "UTF-8", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-")
                .lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The whole document's text. */
    public static String text(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /**
     * Every block of every page (when {@code page} is 0) or of one page, as its lines' text. Pieces
     * pdftotext puts on a line of their own though they stand on the same line as the text before
     * them (it does so with some Thai marks of bold text) are joined back to it.
     */
    public static List<List<String>> blocks(Path pdf, int page) {
        List<String> args = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8", "-bbox-layout"));
        if (page > 0) {
            args.addAll(List.of("-f", String.valueOf(page), "-l", String.valueOf(page)));
        }
        args.addAll(List.of(pdf.toString(), "-"));
        String xml = run(args.toArray(String[]::new));
        List<List<String>> blocks = new ArrayList<>();
        Matcher pages = PAGE.matcher(xml);
        while (pages.find()) {
            Matcher b = BLOCK.matcher(pages.group(1));
            while (b.find()) {
                List<String> lines = new ArrayList<>();
                double lastTop = -1;
                double lastBottom = -1;
                Matcher l = LINE.matcher(b.group(1));
                while (l.find()) {
                    double top = Double.parseDouble(l.group(1));
                    double bottom = Double.parseDouble(l.group(2));
                    StringBuilder text = new StringBuilder();
                    Matcher w = WORD.matcher(l.group(3));
                    while (w.find()) {
                        text.append(text.isEmpty() ? "" : " ").append(unescape(w.group(1)));
                    }
                    double middle = (top + bottom) / 2;
                    if (!lines.isEmpty() && middle > lastTop && middle < lastBottom) {
                        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + text);
                    } else {
                        lines.add(text.toString());
                        lastTop = top;
                        lastBottom = bottom;
                    }
                }
                blocks.add(lines);
            }
        }
        return blocks;
    }

    /** The lines of a page's blocks, in order (see {@link #blocks}). */
    public static List<String> blockLines(Path pdf, int page) {
        return blocks(pdf, page).stream().flatMap(List::stream).toList();
    }

    /**
     * Text as compared with what a PDF gives back: no spaces, no invisible marks, and no Thai marks
     * above or below the letters, which pdftotext sometimes reads out of order (อนุมตัิ).
     */
    public static String letters(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u0E33') {
                out.append('\u0E32');
            } else if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u200B' && c != '\u2060'
                    && Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
