package th.ita.report.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the officer's wording from the job definition: {@code {organisation}}, {@code {fiscalYear}}...
 * Only this fixed set of names is replaced; nothing else in the text is interpreted, and
 * department cell text never passes through here.
 */
final class Wording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> values;

    Wording(Map<String, String> values) {
        this.values = values;
    }

    /** This wording with more names to fill. */
    Wording with(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.putAll(more);
        return new Wording(all);
    }

    /** The text with its placeholders filled; an unknown name is an error the officer must fix. */
    String fill(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new UnknownPlaceholderException(m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    /** A placeholder name the job definition's wording uses but the program does not know. */
    static final class UnknownPlaceholderException extends RuntimeException {
        private final String name;

        UnknownPlaceholderException(String name) {
            super("unknown placeholder {" + name + "}");
            this.name = name;
        }

        String name() {
            return name;
        }
    }
}
