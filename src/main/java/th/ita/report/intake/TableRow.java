package th.ita.report.intake;

import java.util.Map;

/**
 * One data row of a department's table: the six cells by column. Row numbers are 1-based as
 * Excel shows them, so messages can name the cell a person will look at.
 */
public record TableRow(String sheet, int rowNumber, Map<Column, CellValue> cells) {

    public CellValue cell(Column column) {
        return cells.get(column);
    }

    public String text(Column column) {
        CellValue cell = cells.get(column);
        return cell == null ? "" : cell.text();
    }
}
