package th.ita.report.validation;

import java.util.ArrayList;
import java.util.List;

import th.ita.report.calendar.Period;
import th.ita.report.definition.JobDefinition.Measure;

/**
 * What one department reported under one measure: a starting row and the continuation rows
 * folded into it. Lists are mutable only while the validator folds continuation rows in.
 */
public final class Contribution {

    private final Measure measure;
    private final String sheet;
    private final int firstRow;
    private final List<Item> steps = new ArrayList<>();
    private final List<Item> outputs = new ArrayList<>();
    private final List<Item> outcomes = new ArrayList<>();
    private final List<String> responsible = new ArrayList<>();
    private String periodText = "";
    private Period period;

    Contribution(Measure measure, String sheet, int firstRow) {
        this.measure = measure;
        this.sheet = sheet;
        this.firstRow = firstRow;
    }

    public Measure measure() {
        return measure;
    }

    public String sheet() {
        return sheet;
    }

    public int firstRow() {
        return firstRow;
    }

    public List<Item> steps() {
        return steps;
    }

    public List<Item> outputs() {
        return outputs;
    }

    public List<Item> outcomes() {
        return outcomes;
    }

    public List<String> responsible() {
        return responsible;
    }

    public String periodText() {
        return periodText;
    }

    /** The period read from the cell, or null when blank or unreadable. */
    public Period period() {
        return period;
    }

    void period(String text, Period parsed) {
        this.periodText = text;
        this.period = parsed;
    }
}
