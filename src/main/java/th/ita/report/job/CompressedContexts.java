package th.ita.report.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.stereotype.Component;

/**
 * The job repository's execution contexts as Spring Batch writes them (its default serializer, with
 * its filter of the classes it reads back), gzipped when they are long: a compile run's summary (every
 * file with its Thai reason) is some 5 KB of base64 otherwise. HSQLDB parses the whole history at
 * every start and writes it again at every exit, so the history's size is start-up time for every
 * command, growing with every run. A context written before (or short) is read as it is: gzip's
 * first bytes can never start Java's serialization stream.
 */
@Component
public class CompressedContexts implements ExecutionContextSerializer {

    /** Contexts shorter than this, in base64 characters, are kept as they are. */
    static final int COMPRESS_FROM = 1024;

    private final DefaultExecutionContextSerializer plain = new DefaultExecutionContextSerializer();

    @Override
    public void serialize(Map<String, Object> context, OutputStream out) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        plain.serialize(context, written);
        if (written.size() < COMPRESS_FROM) {
            written.writeTo(out);
            return;
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(Base64.getDecoder().decode(written.toByteArray()));
        }
        out.write(Base64.getEncoder().encode(zipped.toByteArray()));
    }

    @Override
    public Map<String, Object> deserialize(InputStream in) throws IOException {
        byte[] text = in.readAllBytes();
        byte[] bytes = Base64.getDecoder().decode(text);
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return plain.deserialize(new ByteArrayInputStream(text));
        }
        try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return plain.deserialize(new ByteArrayInputStream(Base64.getEncoder().encode(gzip.readAllBytes())));
        }
    }
}
