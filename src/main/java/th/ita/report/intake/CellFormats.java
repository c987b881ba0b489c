package th.ita.report.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the streaming reader needs of a workbook's styles: whether a cell style's number format
 * shows a date. Read with SAX from styles.xml (the cell formats and the custom number formats),
 * as POI's StylesTable would answer it, without building its XMLBeans model of the whole part.
 */
final class CellFormats {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** numFmtId of each cell format (cellXfs), by index. */
    private final int[] formatIds;
    private final Map<Integer, String> custom;

    private CellFormats(int[] formatIds, Map<Integer, String> custom) {
        this.formatIds = formatIds;
        this.custom = custom;
    }

    static CellFormats read(InputStream styles) throws IOException, SAXException, ParserConfigurationException {
        Map<Integer, String> custom = new HashMap<>();
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (!MAIN_NS.equals(uri)) {
                    return;
                }
                switch (localName) {
                    case "numFmt" -> {
                        Integer id = number(attributes.getValue("numFmtId"));
                        if (id != null && attributes.getValue("formatCode") != null) {
                            custom.put(id, attributes.getValue("formatCode"));
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            Integer id = number(attributes.getValue("numFmtId"));
                            ids.add(id == null ? 0 : id);
                        }
                    }
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (MAIN_NS.equals(uri) && "cellXfs".equals(localName)) {
                    inCellXfs = false;
                }
            }
        });
        xml.parse(new InputSource(styles));
        return new CellFormats(ids.stream().mapToInt(Integer::intValue).toArray(), custom);
    }

    /** Whether cell style {@code index} shows a date (there is no such style: no). */
    boolean isDate(int index) {
        if (!has(index)) {
            return false;
        }
        int id = formatIds[index];
        String format = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
        return format != null && DateUtil.isADateFormat(id, format);
    }

    /** Whether the workbook has cell style {@code index}. */
    boolean has(int index) {
        return index >= 0 && index < formatIds.length;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
