package th.ita.report.benchmark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The "bare parse floor": what reading the same workbooks costs with no processing at all. For each
 * {@code .xlsx}/{@code .xlsm} it unzips {@code xl/sharedStrings.xml} and every
 * {@code xl/worksheets/*.xml} and SAX-parses them with the JDK's parser, counting {@code <row>}
 * elements and text characters (so the parser cannot skip anything), nothing else. A legacy
 * {@code .xls} has no XML: its bytes are only read (an I/O floor, below any real parse).
 *
 * <p>Run by {@link Benchmark} in a child JVM of its own, like the job, so the two are comparable:
 * {@code java -cp ... th.ita.report.benchmark.ParseFloor FOLDER}. Prints one line,
 * {@code floor files=N xml-rows=N chars=N parse-ms=N}.
 */
public final class ParseFloor {

    private ParseFloor() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                // Office folders too (multi-office input): every file under the folder.
                try (var walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        SAXParser parser = factory.newSAXParser();
        Counter counter = new Counter();
        int read = 0;
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase();
            if (name.startsWith("~$")) {
                continue; // Office's lock files: not workbooks, skipped by the job and the baseline too
            }
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    Enumeration<? extends ZipEntry> entries = zip.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry entry = entries.nextElement();
                        String entryName = entry.getName();
                        if (entryName.equals("xl/sharedStrings.xml")
                                || (entryName.startsWith("xl/worksheets/") && entryName.endsWith(".xml"))) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                parser.reset();
                                parser.parse(in, counter);
                            }
                        }
                    }
                }
                read++;
            } else if (name.endsWith(".xls")) {
                counter.chars += Files.readAllBytes(file).length;
                read++;
            }
        }
        System.out.printf("floor files=%d xml-rows=%d chars=%d parse-ms=%d%n", read, counter.rows, counter.chars,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static final class Counter extends DefaultHandler {
        long rows;
        long chars;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("row")) {
                rows++;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            chars += length;
        }
    }
}
