package th.ita.report.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import th.ita.report.merge.MergedMeasure;

/**
 * The attached/published report as text ready to lay out: cover, table title, intro paragraph,
 * the six column headings and the merged rows (cells already in the office's digit style).
 *
 * @param coverTitle     lines of the cover title, e.g. ["รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"]
 * @param coverOrganisation lines under it, e.g. ["องค์การบริหารส่วนตำบลนาทอน", "อำเภอทุ่งหว้า จังหวัดสตูล"]
 * @param tableTitle     the bold title lines above the table
 * @param intro          the paragraph before the table
 * @param headings       the six column headings in table order
 * @param rows           one row per measure; {@link Row#measure} is the measure cell, e.g. "๑. กระบวนการ..."
 */
public record ReportContent(
        List<String> coverTitle,
        List<String> coverOrganisation,
        List<String> tableTitle,
        String intro,
        List<String> headings,
        List<Row> rows) {

    /** Each row's six cells as single texts, a list cell's items one per line (for measuring). */
    public List<List<String>> cellTexts() {
        List<List<String>> texts = new ArrayList<>();
        for (Row row : rows) {
            texts.add(List.of(nz(row.measure()), String.join("\n", row.steps()), nz(row.period()),
                    nz(row.responsible()), String.join("\n", row.outputs()), String.join("\n", row.outcomes())));
        }
        return texts;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** One table row; list cells hold one display line per item. */
    public record Row(String measure, List<String> steps, String period, String responsible,
                      List<String> outputs, List<String> outcomes) {

        public static Row of(String measureCell, MergedMeasure m) {
            return new Row(measureCell, m.steps(), m.period(), m.responsible(), m.outputs(), m.outcomes());
        }

        /** The row with every cell's text passed through {@code f}. */
        Row map(UnaryOperator<String> f) {
            return new Row(f.apply(measure), steps.stream().map(f).toList(), f.apply(period), f.apply(responsible),
                    outputs.stream().map(f).toList(), outcomes.stream().map(f).toList());
        }
    }
}
