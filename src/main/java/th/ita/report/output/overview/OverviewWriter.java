package th.ita.report.output.overview;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.calendar.ThaiDates;
import th.ita.report.text.Numerals;
import th.ita.report.text.ThaiMessages;

/**
 * Writes the overview of a multi-office run at the top of its output folder: {@code index.html}
 * for people (one self-contained page, every value escaped by Thymeleaf) and {@code overview.json}
 * for machines. Each file is written beside its place and renamed into it, so a reader never finds
 * half of one.
 */
@Component
public class OverviewWriter {

    public static final String PAGE = "index.html";
    public static final String JSON = "overview.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ITemplateEngine templates;

    OverviewWriter(ITemplateEngine templates) {
        this.templates = templates;
    }

    public void write(Overview overview, Path output) throws IOException {
        Files.createDirectories(output);
        replace(output.resolve(JSON), out -> MAPPER.writeValue(out, overview));
        Context context = new Context(ThaiMessages.THAI);
        context.setVariable("overview", overview);
        context.setVariable("generated", ThaiDates.moment(overview.generatedAt().atZoneSameInstant(ThaiDates.BANGKOK),
                Numerals.thai()));
        context.setVariable("digits", Numerals.thai());
        replace(output.resolve(PAGE), out -> templates.process("overview/index", context, out));
    }

    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static void replace(Path target, Content content) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
