package fr.vodcompare.model;

/**
 * The sign a source gives a figure with, from the facts file's {@code qualifier} column: the value as given,
 * approximately ("≈ 55 %"), at most ("≤ 10 %": an upper bound) or at least ("≥ 20 %"). Charts and key figures print it
 * with the value and never draw a bound as if it were the value.
 */
public enum Qualifier {
    EXACT(""), APPROXIMATE("\u2248"), AT_MOST("\u2264"), AT_LEAST("\u2265");

    private final String sign;

    Qualifier(String sign) {
        this.sign = sign;
    }

    /** "", "≈", "≤" or "≥": what the facts file and the store hold. */
    public String sign() {
        return sign;
    }

    /**
     * The qualifier of a facts file's cell: empty, {@code ≈} (or {@code ~}), {@code ≤} (or {@code <=}), {@code ≥} (or
     * {@code >=}); null when it is none of them.
     */
    public static Qualifier parse(String cell) {
        switch (cell == null ? "" : cell.strip()) {
            case "":
                return EXACT;
            case "\u2248": case "~":
                return APPROXIMATE;
            case "\u2264": case "<=":
                return AT_MOST;
            case "\u2265": case ">=":
                return AT_LEAST;
            default:
                return null;
        }
    }
}
