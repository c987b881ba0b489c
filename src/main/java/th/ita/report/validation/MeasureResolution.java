package th.ita.report.validation;

import th.ita.report.definition.JobDefinition;

/**
 * What a measure cell names. {@code measure} is set for {@link Outcome#RESOLVED} and
 * {@link Outcome#NAME_MISMATCH} only; {@code number} and {@code name} are what was read from the
 * cell (null when absent), kept so the caller's message can quote the department's own words.
 */
public record MeasureResolution(Outcome outcome, JobDefinition.Measure measure, Integer number, String name) {

    public enum Outcome {
        /** Blank cell: the row continues the measure above. */
        EMPTY,
        /** The measure is set. */
        RESOLVED,
        /** The number resolves and the name names no measure (a slip): accepted by number, with a warning. */
        NAME_MISMATCH,
        /** Number and name name different measures, or the name fits several measures: rejected. */
        AMBIGUOUS,
        /** The number is not one of the year's measures: rejected. */
        UNKNOWN_NUMBER,
        /** A name alone that names no measure: rejected. */
        UNKNOWN_NAME
    }
}
