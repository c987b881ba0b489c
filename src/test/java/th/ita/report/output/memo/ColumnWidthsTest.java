package th.ita.report.output.memo;

import th.ita.report.output.layout.ColumnWidths;
import th.ita.report.output.layout.TextWidth;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void textIsMeasuredGlyphByGlyphMarksTakingNoWidth() {
        assertThat(TextWidth.em("ก")).isEqualTo(0.58);
        assertThat(TextWidth.em("กี่")).as("marks above").isEqualTo(0.58);
        assertThat(TextWidth.em("ก\u2060\u200B")).as("invisible marks").isEqualTo(0.58);
        assertThat(TextWidth.lines("", 10)).isEqualTo(1);
        assertThat(TextWidth.lines("ก\nข\nค", 10)).as("each typed line is a line").isEqualTo(3);
        String sentence = "ตามที่องค์การบริหารส่วนตำบลได้ดำเนินการประเมินคุณธรรมและความโปร่งใส";
        assertThat(TextWidth.lines(sentence, TextWidth.em(sentence))).isEqualTo(1);
        assertThat(TextWidth.lines(sentence, TextWidth.em(sentence) / 2)).isBetween(2, 3);
        assertThat(TextWidth.widestWordEm("หน่วยงาน ประชาสัมพันธ์")).isEqualTo(TextWidth.em("ประชาสัมพันธ์"));
    }

    @Test
    void widthsFollowTheContentAndNeverCutAWordOrAHeadingPastThreeLines() {
        List<String> headings = MemoDocumentTest.seedReport().headings();
        List<List<String>> cells = MemoDocumentTest.seedReport().cellTexts();
        int total = AttachedReport.TABLE_WIDTH;
        int[] w = new ColumnWidths(15, 12, 10).widths(headings, cells, total);

        assertThat(java.util.Arrays.stream(w).sum()).isEqualTo(total);
        assertThat(w[1]).as("steps, the most text, widest").isGreaterThan(w[2]).isGreaterThan(w[3]).isGreaterThan(w[5]);
        for (int c = 0; c < w.length; c++) {
            assertThat(TextWidth.lines(headings.get(c), (w[c] / 20.0 - 10) / (12 * TextWidth.BOLD)))
                    .as("heading %d", c).isLessThanOrEqualTo(ColumnWidths.HEADER_LINES);
            for (List<String> row : cells) {
                assertThat(TextWidth.widestWordEm(row.get(c)) * 15).isLessThanOrEqualTo(w[c] / 20.0 - 10);
            }
        }

        // A column with more to say gets more room.
        List<List<String>> longerOutputs = cells.stream()
                .map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4) + "\n" + r.get(4) + "\n" + r.get(4), r.get(5)))
                .toList();
        int[] wider = new ColumnWidths(15, 12, 10).widths(headings, longerOutputs, total);
        assertThat(wider[4]).isGreaterThan(w[4]);
    }
}
