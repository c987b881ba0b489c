package th.ita.report.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The last run of the compile job with given identifying parameters, its status and its context, in
 * one query over Spring Batch's metadata tables (their layout is documented: the reference's
 * "Meta-Data Schema" appendix) instead of the repository's eight or so, which also load every step
 * execution. A nightly run asks this for each of hundreds of offices that did not change; the
 * repository itself stays the only writer.
 */
@Component
class LastCompileRun {

    /** @param context the job execution's context (the run's {@link RunSummary} is kept there) */
    record Found(long execution, BatchStatus status, ExecutionContext context) {
    }

    /** Identities asked about in one query: well under any database's limit on parameters. */
    static final int PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate jdbcAll;
    private final ExecutionContextSerializer serializer;
    private final DefaultJobKeyGenerator keys = new DefaultJobKeyGenerator();
    private final String sql;

    LastCompileRun(DataSource dataSource, ObjectProvider<ExecutionContextSerializer> serializer, Environment environment) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setMaxRows(1);
        this.jdbcAll = new JdbcTemplate(dataSource);
        this.serializer = serializer.getIfAvailable(DefaultExecutionContextSerializer::new);
        String prefix = environment.getProperty("spring.batch.jdbc.table-prefix", "BATCH_");
        this.sql = ("SELECT E.JOB_EXECUTION_ID, E.STATUS, C.SHORT_CONTEXT, C.SERIALIZED_CONTEXT, I.JOB_KEY"
                + " FROM %1$sJOB_INSTANCE I JOIN %1$sJOB_EXECUTION E ON E.JOB_INSTANCE_ID = I.JOB_INSTANCE_ID"
                + " LEFT JOIN %1$sJOB_EXECUTION_CONTEXT C ON C.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID"
                + " WHERE I.JOB_NAME = ? AND I.JOB_KEY %2$s ORDER BY E.JOB_EXECUTION_ID DESC").formatted(prefix, "%s");
    }

    Optional<Found> of(CompileParameters parameters) {
        List<Found> found = jdbc.query(sql.formatted("= ?"), (row, i) -> found(row),
                CompileJobConfiguration.JOB_NAME, keys.generateKey(parameters.toJobParameters()));
        return found.stream().findFirst();
    }

    /**
     * The last runs of many identities, a few hundred to a query (the database compiles each query
     * anew): what {@link #of(CompileParameters)} finds for each, by identity; none for one never run.
     */
    Map<CompileParameters, Found> of(Collection<CompileParameters> identities) {
        Map<String, CompileParameters> byKey = new LinkedHashMap<>();
        identities.forEach(identity -> byKey.put(keys.generateKey(identity.toJobParameters()), identity));
        List<String> all = List.copyOf(byKey.keySet());
        Map<CompileParameters, Found> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += PER_QUERY) {
            List<String> some = all.subList(from, Math.min(all.size(), from + PER_QUERY));
            Object[] arguments = new Object[some.size() + 1];
            arguments[0] = CompileJobConfiguration.JOB_NAME;
            for (int i = 0; i < some.size(); i++) {
                arguments[i + 1] = some.get(i);
            }
            String in = "IN (" + String.join(", ", Collections.nCopies(some.size(), "?")) + ")";
            // Newest first: the first row of a key is its last run.
            jdbcAll.query(sql.formatted(in), row -> {
                CompileParameters identity = byKey.get(row.getString(5));
                if (!found.containsKey(identity)) {
                    found.put(identity, found(row));
                }
            }, arguments);
        }
        return found;
    }

    private Found found(ResultSet row) throws SQLException {
        return new Found(row.getLong(1), BatchStatus.valueOf(row.getString(2)),
                context(row.getString(4) != null ? row.getString(4) : row.getString(3)));
    }

    private ExecutionContext context(String serialized) {
        if (serialized == null) {
            return new ExecutionContext();
        }
        try {
            Map<String, Object> values = serializer.deserialize(
                    new ByteArrayInputStream(serialized.getBytes(StandardCharsets.UTF_8)));
            return new ExecutionContext(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
