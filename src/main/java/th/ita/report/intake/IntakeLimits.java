package th.ita.report.intake;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep a hostile or broken workbook from exhausting the machine, set in
 * application.properties ({@code ita.intake.*}, bound as part of {@code config.ItaSettings}). POI's own zip-bomb checks are tightened from
 * these, never disabled.
 *
 * @param maxFileBytes      larger files are rejected unopened (a department table is a few hundred kB)
 * @param maxRowsPerSheet   a sheet whose table has more rows with content is rejected (title, header,
 *                          empty and footer rows do not count)
 * @param maxCellLength     a longer cell rejects its row
 * @param minInflateRatio   POI zip-bomb check: compressed/uncompressed below this is a bomb
 * @param maxEntryBytes     POI: largest uncompressed part of an .xlsx
 * @param maxTextChars      POI: most characters of text POI will extract from one part
 */
public record IntakeLimits(
        @DefaultValue("52428800") long maxFileBytes,
        @DefaultValue("50000") int maxRowsPerSheet,
        @DefaultValue("20000") int maxCellLength,
        @DefaultValue("0.01") double minInflateRatio,
        @DefaultValue("209715200") long maxEntryBytes,
        @DefaultValue("10485760") long maxTextChars) {

    public static final IntakeLimits DEFAULTS = new IntakeLimits(52_428_800L, 50_000, 20_000, 0.01, 209_715_200L, 10_485_760L);

    /** POI's limits are process-wide statics; set them before any workbook is opened. */
    public void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        ZipSecureFile.setMaxTextSize(maxTextChars);
    }
}
