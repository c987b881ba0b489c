package th.ita.report.serve;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.report.output.overview.OverviewWriter;
import th.ita.report.output.publishing.Publisher;

/**
 * The only files the status page's server hands out: a fixed list of names, each the published file
 * of that name at the top of an output folder ({@link Publisher#published}: links followed, and only
 * when the file lies inside that folder). Nothing from a request becomes part of a path: a name is
 * looked up in the list, an office in the overview's list of offices.
 */
final class PublishedFiles {

    private static final String HTML = "text/html;charset=UTF-8";

    /** The files of one office's output folder, in the order the page lists them, with their content types. */
    static final Map<String, String> OFFICE = office();

    /** The files at the top of a multi-office output folder ({@code serve --offices}). */
    static final Map<String, String> OVERVIEW = overview();

    private PublishedFiles() {
    }

    /** The files served at the top of the output folder in this mode, in the page's order. */
    static Map<String, String> top(boolean offices) {
        return offices ? OVERVIEW : OFFICE;
    }

    /** The published file of that name at the top of the folder, if it is on the list and there. */
    static Optional<Path> find(Path folder, String name, Map<String, String> list) {
        return list.containsKey(name) ? Publisher.published(folder, name) : Optional.empty();
    }

    /**
     * An office's own output folder in a multi-office output folder: only an office the overview
     * lists, and only a folder directly inside (never a link out of it).
     */
    static Optional<Path> officeFolder(Path output, String office, List<String> offices) {
        if (!offices.contains(office) || office.isEmpty() || office.contains("/") || office.contains("\\")
                || office.equals(".") || office.equals("..")) {
            return Optional.empty();
        }
        Path folder = output.resolve(office);
        return folder.getParent().equals(output) && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(folder) : Optional.empty();
    }

    /** Word and Excel files are downloaded; pages, PDFs and JSON open in the browser. */
    static boolean download(String name) {
        return name.endsWith(".docx") || name.endsWith(".xlsx");
    }

    private static Map<String, String> overview() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(OverviewWriter.PAGE, HTML);
        files.put(OverviewWriter.JSON, "application/json;charset=UTF-8");
        return Collections.unmodifiableMap(files);
    }

    private static Map<String, String> office() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("memo.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        files.put("publication-request.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        files.put("report.html", HTML);
        files.put("validation.html", HTML);
        files.put("validation.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        files.put("report.json", "application/json;charset=UTF-8");
        files.put("memo.pdf", "application/pdf");
        files.put("publication-request.pdf", "application/pdf");
        files.put("report.pdf", "application/pdf");
        return Collections.unmodifiableMap(files);
    }
}
