package th.ita.report.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import th.ita.report.text.ThaiMessages;

/** Option values read strictly, with the Thai reason when a value cannot be used. */
final class Converters {

    private static final ThaiMessages MESSAGES = ThaiMessages.standalone();

    private Converters() {
    }

    /** A folder or file: never empty (an empty value would silently mean the current folder). */
    static final class Folder implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException(MESSAGES.get("cli.value.emptyPath"));
            }
            try {
                return Path.of(value.strip());
            } catch (InvalidPathException e) {
                throw new TypeConversionException(MESSAGES.get("cli.value.badPath", e.getReason()));
            }
        }
    }

    /** An ISO-8601 duration such as PT1M, not negative. */
    static final class Period implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                Duration duration = Duration.parse(value.strip());
                if (!duration.isNegative()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            throw new TypeConversionException(MESSAGES.get("cli.value.duration"));
        }
    }

    /** A whole number of at least one. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException(MESSAGES.get("cli.value.count"));
        }
    }
}
