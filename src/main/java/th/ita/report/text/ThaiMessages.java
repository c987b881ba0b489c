package th.ita.report.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The Thai wording users read (messages.properties), by code. Numbers given as numbers are written
 * in Thai digits, like the wording around them (text, paths and names are left as they are). A code
 * with no wording comes back as the code itself rather than failing, so a missing line shows up in
 * the output instead of stopping a run.
 */
public final class ThaiMessages {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");

    private static final String BASENAME = "messages";

    private final BiFunction<String, Object[], String> wording;

    private ThaiMessages(BiFunction<String, Object[], String> wording) {
        this.wording = wording;
    }

    public ThaiMessages(MessageSource source) {
        this((code, arguments) -> source.getMessage(code, arguments, code, THAI));
    }

    /**
     * The same wording before the application has started (the command line's own lines): read with
     * the JDK alone, so that refusing a command line stays quick. Formatted as Spring formats it: a
     * message is run through MessageFormat only when it has arguments.
     */
    public static ThaiMessages standalone() {
        ResourceBundle bundle = ResourceBundle.getBundle(BASENAME, Locale.ROOT);
        return new ThaiMessages((code, arguments) -> {
            String text;
            try {
                text = bundle.getString(code);
            } catch (MissingResourceException e) {
                return code;
            }
            return arguments == null || arguments.length == 0 ? text : new MessageFormat(text, THAI).format(arguments);
        });
    }

    /** messages.properties as a Spring message source of its own, as the application configures it. */
    public static MessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename(BASENAME);
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    public String get(String code, Object... arguments) {
        Object[] written = arguments == null ? null : new Object[arguments.length];
        for (int i = 0; written != null && i < arguments.length; i++) {
            written[i] = arguments[i] instanceof Number n && !(n instanceof Double || n instanceof Float)
                    ? Numerals.thai().format(n.longValue()) : arguments[i];
        }
        return wording.apply(code, written);
    }
}
