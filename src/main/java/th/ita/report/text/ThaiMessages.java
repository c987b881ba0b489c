package th.ita.report.text;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The Thai wording users read (messages.properties), by code. A code with no wording comes back
 * as the code itself rather than failing, so a missing line shows up in the output instead of
 * stopping a run.
 */
public final class ThaiMessages {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final MessageSource source;

    public ThaiMessages(MessageSource source) {
        this.source = source;
    }

    /** The same wording before the application has started (the command line's own refusals). */
    public static ThaiMessages standalone() {
        return new ThaiMessages(bundle());
    }

    /** messages.properties as a message source of its own, as the application configures it. */
    public static MessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    public String get(String code, Object... arguments) {
        return source.getMessage(code, arguments, code, THAI);
    }
}
