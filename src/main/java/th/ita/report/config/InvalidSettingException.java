package th.ita.report.config;

/**
 * A setting whose value the program cannot use. It carries the message code of the Thai reason
 * (messages.properties), so the start-up failure can say in Thai which setting and why.
 */
public class InvalidSettingException extends IllegalArgumentException {

    private final String setting;
    private final String value;
    private final String reasonCode;

    public InvalidSettingException(String setting, Object value, String reasonCode) {
        super(setting + "=" + value + " (" + reasonCode + ")");
        this.setting = setting;
        this.value = String.valueOf(value);
        this.reasonCode = reasonCode;
    }

    static void check(boolean valid, String setting, Object value, String reasonCode) {
        if (!valid) {
            throw new InvalidSettingException(setting, value, reasonCode);
        }
    }

    public String setting() {
        return setting;
    }

    public String value() {
        return value;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
