package th.ita.report.intake;

import java.util.List;
import java.util.TreeMap;

/**
 * The rows a streaming reader keeps from the top of a sheet, by 0-based index, until the header is
 * located: the header and label rules read them through {@link SheetText}. What a row is made of
 * is the reader's ({@link StreamedSheet}'s cells, {@link OdsSheet}'s runs of equal cells).
 */
abstract class KeptRows<C> implements SheetText {

    private final TreeMap<Integer, List<C>> rows;

    KeptRows(TreeMap<Integer, List<C>> rows) {
        this.rows = rows;
    }

    /** The cells kept of a row (none when it is absent). */
    final List<C> row(int row) {
        return rows.getOrDefault(row, List.of());
    }

    @Override
    public final int firstRow() {
        return rows.isEmpty() ? -1 : rows.firstKey();
    }

    @Override
    public final int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    @Override
    public final boolean hasRow(int row) {
        return rows.containsKey(row);
    }
}
