package th.ita.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real document the product must reproduce (../shared/seed, copied under src/test/resources
 * so the tests do not depend on the folder beside the repository): its memo lines and its
 * report table, with the measure that runs across the page break joined into one row.
 */
public final class SeedDocument {

    private static final String RESOURCE = "/seed/seed-memo-and-report.txt";

    private final List<String> lines;

    private SeedDocument(List<String> lines) {
        this.lines = lines;
    }

    public static SeedDocument load() {
        try (InputStream in = SeedDocument.class.getResourceAsStream(RESOURCE)) {
            return new SeedDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The memo's non-empty lines, up to the attached report's cover. */
    public List<String> memoLines() {
        List<String> memo = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความ") && !line.contains("ประจำปี")) {
                break;
            }
            if (!line.isBlank()) {
                memo.add(line.strip());
            }
        }
        return memo;
    }

    /** The table: one row per measure, six cells each, continuation rows folded into the row above. */
    public List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("|") || line.startsWith("|--") || line.contains("ขั้นตอน/วิธีการปฏิบัติ")) {
                continue;
            }
            String[] parts = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
            List<String> cells = new ArrayList<>();
            for (String part : parts) {
                cells.add(part.replaceAll("</?p>", " ").strip());
            }
            if (cells.get(0).isEmpty() && !rows.isEmpty()) {
                List<String> above = rows.get(rows.size() - 1);
                for (int i = 0; i < cells.size(); i++) {
                    above.set(i, (above.get(i) + " " + cells.get(i)).strip());
                }
            } else {
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * Comparison form: no whitespace at all (the seed was extracted from a PDF, with spaces inside
     * words), nor the invisible marks the documents use to steer line breaking (no-break space,
     * zero-width space, word joiner).
     */
    public static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u200b\\u2060]+", "");
    }
}
