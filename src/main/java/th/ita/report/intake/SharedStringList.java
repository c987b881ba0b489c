package th.ita.report.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of an .xlsx as plain text, read with SAX like POI's
 * {@code ReadOnlySharedStringsTable}, but giving each string as POI's usermodel reads it
 * ({@code XSSFRichTextString.getString()}: the runs when there are any, else the plain text,
 * phonetic runs left out, {@code _xHHHH_} escapes decoded) and giving the same {@link String}
 * to every cell that uses it, instead of a new copy per cell.
 * <p>
 * This is the one part of a workbook held whole in memory: an .xlsx stores every cell's text
 * here, once per distinct text.
 */
final class SharedStringList extends DefaultHandler {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final List<String> strings = new ArrayList<>();
    private final long maxTextChars;
    private StringBuilder plain;
    private StringBuilder runs;
    private boolean inItem;
    private boolean inRun;
    private boolean inPhonetic;
    private boolean inText;

    /** @param maxTextChars a longer string is refused (a cell holds at most 32,767 characters in Excel) */
    SharedStringList(long maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    static SharedStringList read(InputStream xml, long maxTextChars)
            throws IOException, SAXException, ParserConfigurationException {
        SharedStringList list = new SharedStringList(maxTextChars);
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(list);
        reader.parse(new InputSource(xml));
        return list;
    }

    /** A cell's text too long to be anything but a hostile file: refused before it fills the heap. */
    static SAXException tooLong(long maxTextChars) {
        return new SAXException("a cell holds more than " + maxTextChars + " characters");
    }

    /** The string at an index, or null when there is none (POI's usermodel then reads ""). */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    int size() {
        return strings.size();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!MAIN_NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                inItem = true;
                plain = new StringBuilder();
                runs = null;
            }
            case "r" -> {
                if (inItem) {
                    inRun = true;
                    if (runs == null) {
                        runs = new StringBuilder();
                    }
                }
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = inItem && !inPhonetic;
            default -> {
                // formatting is not read
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inText) {
            StringBuilder text = inRun ? runs : plain;
            if (text.length() + (long) length > maxTextChars) {
                throw tooLong(maxTextChars);
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!MAIN_NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                String text = (runs != null ? runs : plain).toString();
                // XSSFRichTextString decodes _xHHHH_ escapes; without one it returns the text as is.
                strings.add(text.contains("_x") ? new XSSFRichTextString(text).getString() : text);
                inItem = false;
                plain = null;
                runs = null;
            }
            case "r" -> inRun = false;
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> {
                // formatting is not read
            }
        }
    }
}
