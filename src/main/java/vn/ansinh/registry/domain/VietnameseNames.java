package vn.ansinh.registry.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * Vietnamese personal names: a folded form for comparison (diacritics and case ignored) and the
 * form to store, which keeps the name exactly as written.
 */
public final class VietnameseNames {

    /** The longest name accepted, in characters. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC]");

    private VietnameseNames() {}

    /**
     * Lower case, diacritics removed (đ and Đ become d), typographic apostrophes made plain,
     * whitespace collapsed: {@code "Nguyễn  Thị Ánh"} becomes {@code "nguyen thi anh"}. Null folds to
     * an empty string.
     */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        bare = bare.replace('đ', 'd').replace('Đ', 'd').replace('Ð', 'd');
        return collapse(APOSTROPHES.matcher(bare).replaceAll("'")).toLowerCase(Locale.ROOT);
    }

    /** The words of the folded name, in order; empty for a blank name. */
    public static List<String> tokens(String name) {
        String folded = fold(name);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** The folded words sorted and joined by a space: the same key whatever the word order. */
    public static String sortedKey(String name) {
        String[] words = tokens(name).toArray(String[]::new);
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /**
     * The name exactly as written, letters and case untouched, with whitespace trimmed and collapsed
     * and in Unicode NFC (so that the same name typed on two keyboards is stored alike). Refuses an
     * empty name, a name a spreadsheet would run as a formula ({@link FreeText}), a name with digits and
     * a name longer than {@value #MAX_LENGTH} characters.
     */
    public static String normaliseForStorage(String name) {
        String text = collapse(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC));
        if (text.isEmpty()) {
            throw new InvalidValueException("person.error.name.required");
        }
        FreeText.requireNoFormula(text);
        if (text.codePoints().anyMatch(Character::isDigit)) {
            throw new InvalidValueException("person.error.name.digits");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidValueException("person.error.name.length", MAX_LENGTH);
        }
        return text;
    }

    private static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
