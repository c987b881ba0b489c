package th.ita.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** The shipped job definition with an emblem: a red oval drawn as garuda.png beside it. */
public final class EmblemJob {

    private EmblemJob() {
    }

    /**
     * Writes {@code folder/jobs/garuda.png} ({@code width} × {@code height}, of the given
     * {@link BufferedImage} type) and {@code folder/jobs/natorn-2568.yml} naming it; returns the latter.
     */
    public static Path write(Path folder, int width, int height, int imageType) throws IOException {
        Path jobs = Files.createDirectories(folder.resolve("jobs"));
        BufferedImage image = new BufferedImage(width, height, imageType);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(150, 20, 20));
        g.fillOval(width / 18, height / 20, width - 2 * (width / 18), height - 2 * (height / 20));
        g.dispose();
        ImageIO.write(image, "png", jobs.resolve("garuda.png").toFile());
        Path job = jobs.resolve("natorn-2568.yml");
        Files.writeString(job, Files.readString(Path.of("jobs/natorn-2568.yml"))
                .replace("  emblem-image:\n", "  emblem-image: garuda.png\n"));
        return job;
    }
}
