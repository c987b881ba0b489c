package th.ita.report.intake;

import java.util.List;

import th.ita.report.text.Normalized;

/**
 * The six columns of the report table, found by their header text. Declared in the order
 * a header cell is tested: the most specific words first, so that "ผลลัพธ์ ... การดำเนินการ"
 * is the outcome, not the output, and a long measure heading that mentions other words stays
 * the measure.
 */
public enum Column {
    OUTCOME("ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ (outcome/ result)", "ผลลัพธ์", "ผลสัมฤทธิ์", "outcome"),
    OUTPUT("ผลการดำเนินการ (output)", "ผลการดำเนินการ", "ผลการดำเนินงาน", "output"),
    STEPS("ขั้นตอน/วิธีการปฏิบัติ", "ขั้นตอน", "วิธีการปฏิบัติ"),
    PERIOD("ช่วงระยะเวลาในการดำเนินการ", "ระยะเวลา"),
    RESPONSIBLE("ผู้รับผิดชอบ", "ผู้รับผิดชอบ"),
    MEASURE("มาตรการ/โครงการ/กิจกรรม ที่ดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            "มาตรการ", "โครงการ/กิจกรรม");

    private final String heading;
    private final List<String> keys;
    private final String headerWord;

    /**
     * @param heading the column's full heading in the official form (the seed's), whose words a
     *                header continuation row may repeat
     * @param words   what a header cell must contain to name the column
     */
    Column(String heading, String... words) {
        this.heading = heading;
        this.keys = java.util.Arrays.stream(words).map(Normalized::key).toList();
        this.headerWord = words[0];
    }

    /** The full heading of the official form, e.g. "ผลการดำเนินการ (output)". */
    public String heading() {
        return heading;
    }

    /** The word a header must contain, as a department would read it in a message. */
    public String headerWord() {
        return headerWord;
    }

    /** The column a header cell names, or null when it names none (e.g. หมายเหตุ, งบประมาณ). */
    public static Column named(String headerText) {
        String key = Normalized.key(headerText);
        if (key.isEmpty()) {
            return null;
        }
        for (Column column : values()) {
            for (String k : column.keys) {
                if (key.contains(k)) {
                    return column;
                }
            }
        }
        return null;
    }
}
