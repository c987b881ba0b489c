package th.ita.report.merge;

import java.util.List;

/**
 * One row of the published table: a measure with everything the departments reported under it.
 * Cell lists are ready to show: several items are numbered ๑. ๒. ..., a single item keeps the
 * form the department gave it.
 */
public record MergedMeasure(
        int number,
        String name,
        List<String> steps,
        String period,
        String responsible,
        List<String> outputs,
        List<String> outcomes,
        List<String> departments) {

    /** The measure cell as printed in the table, e.g. "๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ". */
    public String heading(String number) {
        return number + ". " + name;
    }
}
