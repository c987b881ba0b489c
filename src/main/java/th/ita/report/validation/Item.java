package th.ita.report.validation;

import th.ita.report.text.Normalized;

/**
 * One numbered (or unnumbered) item of a cell.
 *
 * @param number   the item's own number, null when unnumbered
 * @param text     the item without its number, display-normalised: one space between words, and a
 *                 line break before each sub-item marker such as {@code (๑)} so sub-items keep their lines
 * @param original the item as the department wrote it, number included, normalised the same way
 */
public record Item(Integer number, String text, String original) {

    /** Key for "the same item": spaces, digits and the item number do not matter. */
    public String key() {
        return Normalized.key(text);
    }

    /**
     * Continues a sentence cut by a page break. Thai writes no space between words, so a word cut
     * in two must be joined without one; anything else (Latin, digits, punctuation) keeps a space.
     */
    public Item append(String continuation) {
        String more = ItemSplitter.display(continuation);
        if (more.isEmpty()) {
            return this;
        }
        return new Item(number, join(text, more), join(original, more));
    }

    private static String join(String head, String tail) {
        if (head == null || head.isEmpty()) {
            return tail;
        }
        boolean thaiJoin = isThaiLetter(head.charAt(head.length() - 1)) && isThaiLetter(tail.charAt(0));
        return head + (thaiJoin ? "" : " ") + tail;
    }

    /**
     * Thai consonants, vowels and tone marks. Digits, ฯ and ๆ are left out: in Thai typography
     * a space follows ฯ and ๆ, so a line ending in them ended a word.
     */
    private static boolean isThaiLetter(char c) {
        return (c >= '\u0E01' && c <= '\u0E3A' && c != '\u0E2F') || (c >= '\u0E40' && c <= '\u0E4E' && c != '\u0E46');
    }
}
