package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

class CompressedContextsTest {

    private final CompressedContexts contexts = new CompressedContexts();
    private final DefaultExecutionContextSerializer plain = new DefaultExecutionContextSerializer();

    @Test
    void aLongContextIsStoredGzippedAndReadBackAsItWas() throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("summary", "{\"files\":[" + "{\"name\":\"กองคลัง.xlsx\",\"reason\":\"อ่านแล้ว\"},".repeat(60) + "]}");
        summary.put("count", 42);

        String stored = write(contexts, summary);
        String asBatchWouldStore = write(plain, summary);

        assertThat(stored).startsWith("H4sI").hasSizeLessThan(asBatchWouldStore.length() / 4);
        assertThat(read(stored)).isEqualTo(summary);
    }

    @Test
    void aShortContextAndOneWrittenBeforeAreReadAsTheyAre() throws IOException {
        Map<String, Object> small = Map.of("batch.version", "6.0.6");
        assertThat(write(contexts, small)).isEqualTo(write(plain, small));
        assertThat(read(write(contexts, small))).isEqualTo(small);

        Map<String, Object> old = Map.of("summary", "ก".repeat(3000));
        assertThat(read(write(plain, old))).isEqualTo(old);
    }

    @Test
    void classesOutsideBatchsFilterAreStillRefusedInsideTheGzip() throws IOException {
        Map<String, Object> hostile = new LinkedHashMap<>();
        hostile.put("x", new Foreign("not a class Batch reads back"));
        hostile.put("padding", "x".repeat(2000));
        String stored = write(contexts, hostile);
        assertThat(stored).startsWith("H4sI");
        assertThatThrownBy(() -> read(stored)).isInstanceOf(Exception.class);
    }

    /** A class of no one Batch trusts. */
    record Foreign(String value) implements java.io.Serializable {
    }

    private static String write(org.springframework.batch.core.repository.ExecutionContextSerializer serializer,
                                Map<String, Object> context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.serialize(context, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Map<String, Object> read(String stored) throws IOException {
        return contexts.deserialize(new ByteArrayInputStream(stored.getBytes(StandardCharsets.UTF_8)));
    }
}
