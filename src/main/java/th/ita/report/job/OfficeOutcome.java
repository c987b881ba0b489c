package th.ita.report.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * How one office of a multi-office run ended, kept with its partition (one value under one key):
 * the compile run that compiled it (or the completed one that already had, when nothing changed),
 * or why it could not be compiled.
 *
 * @param execution the office's compile job execution, null when none started (its definition could not be read)
 * @param unchanged nothing was compiled: the office's input and definition are those of its published report
 * @param failure   why the office failed, in Thai, when it did
 */
public record OfficeOutcome(Long execution, boolean unchanged, String failure) {

    static final String KEY = "office.outcome";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    void storeIn(ExecutionContext partition) {
        partition.putString(KEY, JSON.writeValueAsString(this));
    }

    /** The outcome kept with an office's partition, if it got as far as one. */
    public static java.util.Optional<OfficeOutcome> of(ExecutionContext partition) {
        String json = partition.getString(KEY, null);
        return json == null ? java.util.Optional.empty() : java.util.Optional.of(JSON.readValue(json, OfficeOutcome.class));
    }
}
