package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain package is read straight from the zip, part for part what POI's OPC layer gives; one that
 * is not plain is left to the OPC layer, which gives a broken one its reason.
 */
class ZipPartsTest {

    @TempDir
    Path dir;

    private static List<Path> sampleZipWorkbooks() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            return files.filter(f -> f.toString().endsWith(".xlsx") || f.toString().endsWith(".xlsm")).sorted().toList();
        }
    }

    private static byte[] bytes(InputStream in) throws Exception {
        if (in == null) {
            return null;
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void theDepartmentsWorkbooksAreReadStraightFromTheZipAsTheOpcLayerReadsThem() throws Exception {
        List<Path> samples = sampleZipWorkbooks();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : samples) {
            try (PackageParts plain = ZipParts.open(file); PackageParts opc = PackageParts.Opc.open(file)) {
                assertThat(plain).as(file.toString()).isNotNull();
                assertThat(bytes(plain.workbook())).isEqualTo(bytes(opc.workbook()));
                for (String type : List.of(PackageParts.SHARED_STRINGS, PackageParts.STYLES)) {
                    assertThat(bytes(plain.firstRelated(type))).as("%s %s", file, type).isEqualTo(bytes(opc.firstRelated(type)));
                }
                int sheets = 0;
                for (int i = 0; i <= 20; i++) {
                    String id = "rId" + i;
                    assertThat(plain.relationshipType(id)).as("%s %s", file, id).isEqualTo(opc.relationshipType(id));
                    byte[] part = bytes(plain.related(id));
                    assertThat(part).as("%s %s", file, id).isEqualTo(bytes(opc.related(id)));
                    if (PackageParts.WORKSHEET.equals(plain.relationshipType(id)) && part != null) {
                        sheets++;
                    }
                }
                assertThat(sheets).as(file.toString()).isPositive();
            }
        }
    }

    @Test
    void aPackageWithoutContentTypesIsLeftToTheOpcLayerAndRejectedWithItsReason() throws Exception {
        Path sample = sampleZipWorkbooks().get(0);
        Path broken = dir.resolve("ไม่มี content types.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(sample));
             OutputStream file = Files.newOutputStream(broken);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (!e.getName().equals("[Content_Types].xml")) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }

        assertThat(ZipParts.open(broken)).isNull();
        assertThatThrownBy(() -> new WorkbookReader(IntakeLimits.DEFAULTS).read(broken))
                .isInstanceOfSatisfying(WorkbookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("file.unreadable"));
    }

    @Test
    void aRelationshipsTargetIsResolvedFromItsPartsFolder() {
        assertThat(ZipParts.entry("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(ZipParts.entry("xl/", "/xl/worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(ZipParts.entry("", "xl/workbook.xml")).isEqualTo("xl/workbook.xml");
        assertThat(ZipParts.entry("xl/", "../customXml/item1.xml")).isEqualTo("customXml/item1.xml");
        assertThat(ZipParts.entry("xl/", "worksheets/sheet%201.xml")).isEqualTo("xl/worksheets/sheet 1.xml");
        assertThat(ZipParts.entry("xl/", "worksheets/sheet 2.xml")).isEqualTo("xl/worksheets/sheet 2.xml");
        assertThat(ZipParts.entry("xl/", "worksheets/แผ่นงาน.xml")).isEqualTo("xl/worksheets/แผ่นงาน.xml");
        assertThat(ZipParts.entry("xl/", "../../outside.xml")).isNull();
        assertThat(ZipParts.entry("xl/", "")).isNull();
    }
}
