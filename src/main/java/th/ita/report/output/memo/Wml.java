package th.ita.report.output.memo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a WordprocessingML part as the memo and the form build it: a name with its
 * prefix ("w:p", "wp:anchor"), attributes in the order set and children in schema order. The
 * properties elements (pPr, rPr, tblPr, sectPr, ...) take their children in the order the schema
 * wants whatever order the layout sets them in, as POI's XMLBeans did; everything else keeps the
 * order it was added in. Written out as text with every value escaped: a department's words are
 * never markup.
 */
final class Wml {

    /** The children each properties element takes, in schema order (those the documents use). */
    private static final Map<String, List<String>> ORDER = Map.ofEntries(
            Map.entry("w:p", List.of("w:pPr")),
            Map.entry("w:r", List.of("w:rPr")),
            Map.entry("w:pPr", List.of("w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:widowControl", "w:tabs",
                    "w:spacing", "w:ind", "w:jc", "w:rPr", "w:sectPr")),
            Map.entry("w:rPr", List.of("w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:sz", "w:szCs", "w:lang")),
            Map.entry("w:tbl", List.of("w:tblPr", "w:tblGrid")),
            Map.entry("w:tblPr", List.of("w:tblStyle", "w:tblW", "w:jc", "w:tblInd", "w:tblBorders", "w:tblLayout",
                    "w:tblCellMar", "w:tblLook")),
            Map.entry("w:tblBorders", List.of("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV")),
            Map.entry("w:tblCellMar", List.of("w:top", "w:left", "w:bottom", "w:right")),
            Map.entry("w:tr", List.of("w:trPr")),
            Map.entry("w:tc", List.of("w:tcPr")),
            Map.entry("w:tcPr", List.of("w:tcW", "w:gridSpan", "w:vMerge", "w:vAlign")),
            // Header and footer references are one group, in the order they were made.
            Map.entry("w:sectPr", List.of("w:headerReference|w:footerReference", "w:pgSz", "w:pgMar", "w:titlePg")),
            Map.entry("w:body", List.of("", "w:sectPr")));

    private final String name;
    private final List<String> attributes = new ArrayList<>();
    private final List<Object> children = new ArrayList<>();

    Wml(String name) {
        this.name = name;
    }

    /** Sets an attribute (replacing its value when set before). */
    Wml set(String attribute, Object value) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(attribute)) {
                attributes.set(i + 1, String.valueOf(value));
                return this;
            }
        }
        attributes.add(attribute);
        attributes.add(String.valueOf(value));
        return this;
    }

    /** A new child, in its schema place. */
    Wml add(String child) {
        Wml element = new Wml(child);
        children.add(place(child), element);
        return element;
    }

    /** The child of that name, made (in its schema place) when there is none. */
    Wml child(String child) {
        Wml found = find(child);
        return found != null ? found : add(child);
    }

    Wml find(String child) {
        for (Object c : children) {
            if (c instanceof Wml e && e.name.equals(child)) {
                return e;
            }
        }
        return null;
    }

    List<Wml> elements(String child) {
        List<Wml> found = new ArrayList<>();
        for (Object c : children) {
            if (c instanceof Wml e && e.name.equals(child)) {
                found.add(e);
            }
        }
        return found;
    }

    void remove(Wml child) {
        children.remove(child);
    }

    /** Text content. */
    Wml text(String text) {
        children.add(text);
        return this;
    }

    private int place(String child) {
        List<String> order = ORDER.get(name);
        int rank = rank(order, child);
        if (rank == Integer.MAX_VALUE) {
            return children.size();
        }
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Wml e && rank(order, e.name) > rank) {
                return i;
            }
        }
        return children.size();
    }

    /** Where an element goes among its siblings; content not named in the order goes after them ("" names it). */
    private static int rank(List<String> order, String element) {
        if (order == null) {
            return Integer.MAX_VALUE;
        }
        int content = Integer.MAX_VALUE;
        for (int i = 0; i < order.size(); i++) {
            String entry = order.get(i);
            if (entry.isEmpty()) {
                content = i;
            } else if (entry.equals(element) || entry.contains("|") && List.of(entry.split("\\|")).contains(element)) {
                return i;
            }
        }
        return content;
    }

    /** The element as XML, with the namespace declarations given (root only). */
    void write(StringBuilder out, String declarations) {
        out.append('<').append(name);
        if (declarations != null) {
            out.append(declarations);
        }
        for (int i = 0; i < attributes.size(); i += 2) {
            out.append(' ').append(attributes.get(i)).append("=\"");
            escape(attributes.get(i + 1), true, out);
            out.append('"');
        }
        if (children.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Object c : children) {
            if (c instanceof Wml e) {
                e.write(out, null);
            } else {
                escape((String) c, false, out);
            }
        }
        out.append("</").append(name).append('>');
    }

    /**
     * Escapes text for XML. Characters XML 1.0 cannot carry at all (controls other than tab and
     * line breaks, lone surrogates) are left out, as POI's serializer left them out.
     */
    static void escape(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> {
                    if (attribute) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        continue;
                    }
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        }
                        continue;
                    }
                    out.append(c);
                }
            }
        }
    }
}
