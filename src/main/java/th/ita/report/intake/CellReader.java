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
 */
final class CellReader {

    private CellReader() {
    }

    static CellValue read(Cell cell, int rowIndex, int columnIndex) {
        String ref = new CellReference(rowIndex, columnIndex).formatAsString();
        if (cell == null) {
            return CellValue.empty(ref);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> new CellValue(ref, cell.getStringCellValue(), null, null);
            case NUMERIC -> numeric(cell, ref);
            case BOOLEAN -> new CellValue(ref, String.valueOf(cell.getBooleanCellValue()), null, null);
            case ERROR -> new CellValue(ref, "", null, errorText(cell.getErrorCellValue()));
            default -> CellValue.empty(ref);
        };
    }

    private static CellValue numeric(Cell cell, String ref) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
            return new CellValue(ref, "", date, null);
        }
        // 1.0 typed as a measure number must read as "1", not "1.0".
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return new CellValue(ref, text, null, null);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            return "#ERROR";
        }
    }
}
