package th.ita.report.output.layout;

/** A4 paper in twips (1/1440 inch), the unit of Word's page and table geometry. */
public final class Paper {

    public static final int A4_SHORT = 11906;
    public static final int A4_LONG = 16838;

    private Paper() {
    }

    public static int cm(double cm) {
        return (int) Math.round(cm * 1440 / 2.54);
    }
}
