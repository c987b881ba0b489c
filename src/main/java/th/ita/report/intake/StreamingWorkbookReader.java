package th.ita.report.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.util.XMLHelper;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx/.xlsm with POI's event API, one sheet part at a time and one row at a time, so
 * memory does not grow with the number of rows: only the shared strings (what every .xlsx
 * reader must hold), the styles and the top rows of the sheet being read are kept, besides the
 * table rows read (which the {@link WorkbookContent} holds). It gives the
 * same {@link WorkbookContent} as the usermodel reader, through the same
 * {@link WorkbookContentBuilder}.
 * <p>
 * It inflates only what it reads: the workbook part, shared strings, styles, then each visible
 * sheet up to where its table is found missing or the sheet ends. A hidden sheet is never opened.
 */
final class StreamingWorkbookReader {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final IntakeLimits limits;

    StreamingWorkbookReader(IntakeLimits limits) {
        this.limits = limits;
    }

    WorkbookContent read(Path file) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        return read(file, row -> { });
    }

    /** @param kept told of each table row as it is kept, in order, while the rest is still being read */
    WorkbookContent read(Path file, Consumer<TableRow> kept)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (PackageParts parts = PackageParts.open(file)) {
            List<SheetRef> sheets = sheets(parts);
            SharedStringList strings = sharedStrings(parts, limits.maxTextChars());
            // Styles only tell a date from a number: read on the first numeric cell that needs
            // them, never for a workbook of text.
            Supplier<CellFormats> styles = new Supplier<>() {
                private CellFormats formats;
                private boolean loaded;

                @Override
                public CellFormats get() {
                    if (!loaded) {
                        loaded = true;
                        try {
                            formats = cellFormats(parts);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    return formats;
                }
            };
            WorkbookContentBuilder content = new WorkbookContentBuilder(limits.maxRowsPerSheet(), kept);
            for (SheetRef sheet : sheets) {
                if (sheet.hidden()) {
                    content.hiddenSheet(sheet.name());
                    continue;
                }
                try (InputStream in = parts.related(sheet.id())) {
                    new StreamedSheet(sheet.name(), sheet.worksheet(), strings, styles, limits, content).read(in);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause(); // a broken styles part: the file's reason, as before
                }
            }
            return content.build(file, "xlsx");
        }
    }

    /** The workbook's cell formats, from the styles part the workbook's relationship names (none: null). */
    private static CellFormats cellFormats(PackageParts parts) throws IOException {
        try (InputStream in = parts.firstRelated(PackageParts.STYLES)) {
            try {
                return in == null ? null : CellFormats.read(in);
            } catch (SAXException | ParserConfigurationException e) {
                throw new IOException(e);
            }
        }
    }

    /** The workbook's shared strings part, as POI's usermodel finds it: by the workbook's relationship. */
    private static SharedStringList sharedStrings(PackageParts parts, long maxTextChars)
            throws IOException, SAXException, ParserConfigurationException {
        try (InputStream in = parts.firstRelated(PackageParts.SHARED_STRINGS)) {
            return in == null ? new SharedStringList(maxTextChars) : SharedStringList.read(in, maxTextChars);
        }
    }

    /** A sheet as workbook.xml lists it, with the workbook's relationship to its part. */
    private record SheetRef(String name, boolean hidden, boolean worksheet, String id) {
    }

    /**
     * The sheets in workbook order, from workbook.xml: their names, whether hidden, and their
     * parts. As in POI's usermodel, only worksheets and chart sheets count, and a sheet whose
     * part is missing is left out.
     */
    private static List<SheetRef> sheets(PackageParts parts) throws IOException, SAXException, ParserConfigurationException {
        List<String[]> listed = new ArrayList<>();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("sheet".equals(localName) && MAIN_NS.equals(uri)) {
                    listed.add(new String[] {attributes.getValue("name"), attributes.getValue("state"),
                        attributes.getValue(REL_NS, "id")});
                }
            }
        });
        try (InputStream in = parts.workbook()) {
            xml.parse(new InputSource(in));
        }
        List<SheetRef> sheets = new ArrayList<>();
        for (String[] sheet : listed) {
            String type = sheet[2] == null ? null : parts.relationshipType(sheet[2]);
            boolean worksheet = PackageParts.WORKSHEET.equals(type);
            if (!worksheet && !PackageParts.CHARTSHEET.equals(type)) {
                continue;
            }
            if (!parts.has(sheet[2])) {
                continue;
            }
            boolean hidden = "hidden".equals(sheet[1]) || "veryHidden".equals(sheet[1]);
            sheets.add(new SheetRef(sheet[0], hidden, worksheet, sheet[2]));
        }
        return sheets;
    }
}
