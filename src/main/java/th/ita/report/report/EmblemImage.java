package th.ita.report.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.context.MessageSource;

import th.ita.report.definition.JobDefinition;

/**
 * The office's Garuda emblem for the memo: the image the job definition names in
 * {@code memo.emblem-image} (a relative path is taken from the definition file's folder). An
 * official บันทึกข้อความ always carries it, so a missing or unreadable image is said, in Thai, on
 * the console, the validation page and the status page ({@link #notice}); the memo is then
 * written without it, its layout unchanged.
 */
public final class EmblemImage {

    /** Kept small: an emblem is a few kilobytes; anything much larger is not one. */
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private EmblemImage() {
    }

    /** Where the definition's emblem is, or empty when none is named. */
    public static Optional<Path> path(JobDefinition definition, Path definitionFile) {
        String named = definition.memo() == null ? null : definition.memo().emblemImage();
        if (named == null || named.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(named.strip());
        Path folder = definitionFile == null ? null : definitionFile.toAbsolutePath().getParent();
        return Optional.of(path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize());
    }

    /**
     * The Thai notice for the officer when the emblem is not set or cannot be used; empty when the
     * memo will carry it.
     */
    public static Optional<String> notice(JobDefinition definition, Path definitionFile, MessageSource messages) {
        Path shown = definitionFile == null ? Path.of("jobs", "job.yml") : definitionFile;
        Path folder = shown.toAbsolutePath().getParent();
        Optional<Path> path = path(definition, definitionFile);
        if (path.isEmpty()) {
            return Optional.of(messages.getMessage("memo.emblem.none",
                    new Object[] {folder.resolve("garuda.png"), shown}, DocumentText.THAI_LOCALE));
        }
        if (read(path.get()) == null) {
            return Optional.of(messages.getMessage("memo.emblem.unreadable",
                    new Object[] {path.get(), shown}, DocumentText.THAI_LOCALE));
        }
        return Optional.empty();
    }

    /** The image's bytes when it is a PNG or JPEG picture that can be drawn; null otherwise. */
    public static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!isPng(bytes) && !isJpeg(bytes)) {
                return null;
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null || image.getHeight() == 0 || image.getWidth() == 0 ? null : bytes;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
