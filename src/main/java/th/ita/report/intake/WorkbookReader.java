package th.ita.report.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads one department workbook: who sent it and for which year (labelled cells above the
 * table, the file name as fallback), and the rows of every visible sheet that has the table
 * header. The real format is detected from the content, so an .xls saved as .xlsx still reads.
 * <p>
 * An .xlsx/.xlsm (a zip package) is streamed ({@link StreamingWorkbookReader}): memory does not
 * grow with its rows. So is LibreOffice's OpenDocument spreadsheet, .ods/.ots/.fods
 * ({@link OdsWorkbookReader}). Anything else, an .xls or an encrypted .xlsx (both OLE2 files),
 * goes through POI's usermodel, which holds the whole workbook but reports what it is.
 */
@Component
public class WorkbookReader {

    private final IntakeLimits limits;
    private final StreamingWorkbookReader streaming;
    private final OdsWorkbookReader openDocument;

    public WorkbookReader(IntakeLimits limits) {
        this.limits = limits;
        this.streaming = new StreamingWorkbookReader(limits);
        this.openDocument = new OdsWorkbookReader(limits);
        limits.applyToPoi();
    }

    public WorkbookContent read(Path file) {
        return read(file, row -> { });
    }

    /**
     * @param kept told of each table row of an .xlsx/.xlsm as it is kept, in order, while the rest
     *             of the workbook is still being read (rows of other formats are not told)
     */
    public WorkbookContent read(Path file, Consumer<TableRow> kept) {
        checkSize(file);
        return guarded(file, () -> {
            OdsWorkbookReader.Packaging ods = OdsWorkbookReader.packaging(file);
            if (ods != null) {
                return openDocument.read(file, ods);
            }
            return isZipPackage(file) ? streaming.read(file, kept) : usermodel(file);
        });
    }

    /** The usermodel path for any format, as .xls files take it; for comparing the two readers. */
    WorkbookContent readWithUsermodel(Path file) {
        checkSize(file);
        return guarded(file, () -> usermodel(file));
    }

    /** The streaming path, whatever the file holds; for comparing the two readers. */
    WorkbookContent readStreaming(Path file) {
        checkSize(file);
        return guarded(file, () -> streaming.read(file));
    }

    private void checkSize(Path file) {
        long size = file.toFile().length();
        if (size == 0) {
            throw new WorkbookRejectedException("file.empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new WorkbookRejectedException("file.tooLarge", size / (1024 * 1024), limits.maxFileBytes() / (1024 * 1024));
        }
    }

    private static boolean isZipPackage(Path file) throws IOException {
        return FileMagic.valueOf(file.toFile()) == FileMagic.OOXML;
    }

    private interface Read {
        WorkbookContent run() throws Exception;
    }

    /** Runs a read, turning whatever POI or the XML parser throws into a rejection with a reason. */
    private static WorkbookContent guarded(Path file, Read read) {
        try {
            return read.run();
        } catch (EncryptedDocumentException e) {
            throw new WorkbookRejectedException("file.encrypted");
        } catch (WorkbookRejectedException e) {
            throw e;
        } catch (Exception e) {
            // POI reports a zip bomb as an IOException whose message says so (wrapped, when the
            // XML parser was reading); keep its internals out of the message.
            if (says(e, "Zip bomb")) {
                throw new WorkbookRejectedException("file.zipBomb");
            }
            // The XML parsers refuse DOCTYPE declarations (XXE); say so rather than "corrupt".
            if (says(e, "DOCTYPE")) {
                throw new WorkbookRejectedException("file.unsafeXml");
            }
            // A LibreOffice user is told what to do in LibreOffice.
            throw new WorkbookRejectedException(isOpenDocument(file) ? "file.odsUnreadable" : "file.unreadable",
                    shortReason(e, file));
        }
    }

    /** Named or made as an OpenDocument spreadsheet. */
    private static boolean isOpenDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".ods") || name.endsWith(".ots") || name.endsWith(".fods")) {
            return true;
        }
        try {
            return OdsWorkbookReader.packaging(file) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean says(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private WorkbookContent usermodel(Path file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return read(file, workbook);
        }
    }

    private WorkbookContent read(Path file, Workbook workbook) {
        WorkbookContentBuilder content = new WorkbookContentBuilder(limits.maxRowsPerSheet());
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                content.hiddenSheet(sheet.getSheetName());
                continue;
            }
            SheetText text = SheetText.of(sheet);
            HeaderLocator.Header header = content.locate(sheet.getSheetName(), text);
            if (header == null) {
                continue;
            }
            content.tableFound(sheet.getSheetName(), text, header);
            Collection<Integer> columns = header.columns().values();
            // Only the rows and cells present: formatting far out costs nothing.
            for (Row row : sheet) {
                int r = row.getRowNum();
                if (r < header.dataStart()) {
                    continue;
                }
                List<WorkbookContentBuilder.OtherCell> others = new ArrayList<>();
                for (Cell cell : row) {
                    int c = cell.getColumnIndex();
                    if (!columns.contains(c)) {
                        CellValue value = CellReader.read(cell, r, c);
                        if (!value.isBlank()) {
                            others.add(new WorkbookContentBuilder.OtherCell(c, value));
                        }
                    }
                }
                content.row(r, header, c -> CellReader.read(row.getCell(c), r, c), others);
            }
            content.endTable();
        }
        return content.build(file, format(workbook));
    }

    private static String format(Workbook workbook) {
        if (workbook instanceof HSSFWorkbook) {
            return "xls";
        }
        return workbook instanceof XSSFWorkbook ? "xlsx" : workbook.getClass().getSimpleName();
    }

    /** The file name without its extension: names the department when the workbook does not. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The first line of what went wrong, naming the file by its name only (not the folders of the machine). */
    private static String shortReason(Throwable e, Path file) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String name = file.getFileName().toString();
        message = message.replace(file.toAbsolutePath().toString(), name).replace(file.toString(), name);
        String first = message.lines().findFirst().orElse(message);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
