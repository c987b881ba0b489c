package th.ita.report.job;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offices of a multi-office run whose input and definition are those of their published report,
 * found before any office got a partition ({@link SettleUnchangedOffices}), each with the completed
 * compile run that published it. Kept in the run's job context as one value, so a night on which
 * nothing changed records one small step, not a step per office.
 *
 * @param compiledBy office folder name → the completed compile job execution that published its report
 */
public record UnchangedOffices(Map<String, Long> compiledBy) {

    static final String KEY = "offices.unchanged";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public UnchangedOffices {
        compiledBy = new TreeMap<>(compiledBy);
    }

    void storeIn(ExecutionContext job) {
        job.putString(KEY, JSON.writeValueAsString(compiledBy));
    }

    /** The unchanged offices a run settled, if it got as far as settling them. */
    public static Optional<UnchangedOffices> of(ExecutionContext job) {
        String json = job.getString(KEY, null);
        return json == null ? Optional.empty()
                : Optional.of(new UnchangedOffices(JSON.readValue(json, new TypeReference<Map<String, Long>>() { })));
    }
}
