package th.ita.report.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns a POI cell into a {@link CellValue}. Formulas are never evaluated: their cached result
 * is read, and a cached error is reported as such. Dates are read as serial numbers and
 * converted with java.time, because POI's formatter prints the CE year even for Thai formats.
 * The streaming reader builds its values with the same {@link #number} and {@link #error}, so
 * both readers turn a number or an error into the same value.
 */
final class CellReader {

    private CellReader() {
    }

    static CellValue read(Cell cell, int rowIndex, int columnIndex) {
        String ref = ref(rowIndex, columnIndex);
        if (cell == null) {
            return CellValue.empty(ref);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> text(ref, cell.getStringCellValue());
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                yield number(ref, value, DateUtil.isCellDateFormatted(cell));
            }
            case BOOLEAN -> text(ref, String.valueOf(cell.getBooleanCellValue()));
            case ERROR -> error(ref, cell.getErrorCellValue());
            default -> CellValue.empty(ref);
        };
    }

    /** A1-style reference of a cell, e.g. "C7". */
    static String ref(int rowIndex, int columnIndex) {
        return new CellReference(rowIndex, columnIndex).formatAsString();
    }

    static CellValue text(String ref, String text) {
        return new CellValue(ref, text, null, null);
    }

    /** A number as stored; a date when its number format is a date format (as POI decides it). */
    static CellValue number(String ref, double value, boolean dateFormatted) {
        if (dateFormatted && DateUtil.isValidExcelDate(value)) {
            LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
            return new CellValue(ref, "", date, null);
        }
        // 1.0 typed as a measure number must read as "1", not "1.0".
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return new CellValue(ref, text, null, null);
    }

    /** A cell showing a formula error, by POI's error code. */
    static CellValue error(String ref, byte code) {
        return new CellValue(ref, "", null, errorText(code));
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            return "#ERROR";
        }
    }
}
