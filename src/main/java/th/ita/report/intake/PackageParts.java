package th.ita.report.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The parts of an .xlsx/.xlsm package the streaming reader takes: the workbook part, and the parts
 * the workbook's relationships name. A plain package, as Excel, LibreOffice and every library
 * write them, is read straight from the zip ({@link ZipParts}); anything else goes through POI's
 * OPC layer, which checks the whole package and gives a broken one its reason.
 */
sealed interface PackageParts extends Closeable permits PackageParts.Opc, ZipParts {

    String WORKSHEET = XSSFRelation.WORKSHEET.getRelation();
    String CHARTSHEET = XSSFRelation.CHARTSHEET.getRelation();
    String SHARED_STRINGS = XSSFRelation.SHARED_STRINGS.getRelation();
    String STYLES = XSSFRelation.STYLES.getRelation();

    static PackageParts open(Path file) throws IOException, OpenXML4JException {
        PackageParts plain = ZipParts.open(file);
        return plain != null ? plain : Opc.open(file);
    }

    /** workbook.xml. */
    InputStream workbook() throws IOException;

    /** The type of the workbook's relationship with this id; null when there is none. */
    String relationshipType(String id);

    /** The part the workbook's relationship with this id names is there. */
    boolean has(String id);

    /** The part the workbook's relationship with this id names; null when it is missing. */
    InputStream related(String id) throws IOException;

    /** The first part of the workbook's relationships of this type that is there; null when none. */
    InputStream firstRelated(String type) throws IOException;

    /** Through POI's OPC layer, as POI's usermodel opens the package. */
    final class Opc implements PackageParts {

        private final OPCPackage pkg;
        private final PackagePart workbook;

        private Opc(OPCPackage pkg, PackagePart workbook) {
            this.pkg = pkg;
            this.workbook = workbook;
        }

        static Opc open(Path file) throws IOException, OpenXML4JException {
            OPCPackage pkg;
            try {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            } catch (InvalidFormatException e) {
                throw new IOException(e);
            }
            try {
                return new Opc(pkg, new Reader(pkg).workbookPart());
            } catch (IOException | OpenXML4JException | RuntimeException e) {
                pkg.revert();
                throw e;
            }
        }

        @Override
        public InputStream workbook() throws IOException {
            return workbook.getInputStream();
        }

        @Override
        public String relationshipType(String id) {
            PackageRelationship rel = workbook.getRelationship(id);
            return rel == null ? null : rel.getRelationshipType();
        }

        @Override
        public boolean has(String id) {
            return part(id) != null;
        }

        @Override
        public InputStream related(String id) throws IOException {
            PackagePart part = part(id);
            return part == null ? null : part.getInputStream();
        }

        private PackagePart part(String id) {
            PackageRelationship rel = workbook.getRelationship(id);
            try {
                return rel == null ? null : workbook.getRelatedPart(rel);
            } catch (IllegalArgumentException | InvalidFormatException missing) {
                return null;
            }
        }

        @Override
        public InputStream firstRelated(String type) throws IOException {
            try {
                for (PackageRelationship rel : workbook.getRelationshipsByType(type)) {
                    PackagePart part = workbook.getRelatedPart(rel);
                    if (part != null) {
                        return part.getInputStream();
                    }
                }
            } catch (InvalidFormatException e) {
                throw new IOException(e);
            }
            return null;
        }

        @Override
        public void close() {
            pkg.revert();
        }

        /** POI's event reader, for the workbook part it finds. */
        private static final class Reader extends XSSFReader {

            Reader(OPCPackage pkg) throws IOException, OpenXML4JException {
                super(pkg);
            }

            PackagePart workbookPart() {
                return workbookPart;
            }
        }
    }
}
