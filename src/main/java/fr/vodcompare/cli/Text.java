package fr.vodcompare.cli;

/** Texts from the store or the user made safe to print on a terminal. */
final class Text {
    private Text() {
    }

    /**
     * {@code s} with its control characters shown instead of sent to the terminal: an imported name holding an
     * escape sequence could otherwise clear the screen, retitle the window or hide what follows. C0 and C1 controls
     * (ESC, BEL, CR, ...) and the bidirectional overrides become {@code \xHH} or {@code \}{@code uHHHH}; null stays null.
     */
    static String printable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c <= 0xff) {
                    out.append(String.format("\\x%02x", (int) c));
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
