package dev.keel.core.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a contract or SQL name into words: at separators ({@code - _ . / space} and other punctuation),
 * at camel-case humps ({@code createdAt}, {@code HTTPError}) and around spelled symbols. Every Java name
 * {@link NamingStrategy} builds starts here, so all of them agree on where words begin.
 */
final class Words {

    /** Symbols that carry meaning in enum values, spelled out so that {@code GMT+1} and {@code GMT-1} differ. */
    private static final Map<Character, String> SPELLED = Map.ofEntries(
            Map.entry('+', "plus"), Map.entry('*', "star"), Map.entry('<', "lt"), Map.entry('>', "gt"),
            Map.entry('=', "eq"), Map.entry('!', "not"), Map.entry('@', "at"), Map.entry('#', "hash"),
            Map.entry('$', "dollar"), Map.entry('%', "percent"), Map.entry('&', "and"), Map.entry('|', "or"),
            Map.entry('~', "tilde"), Map.entry('^', "caret"), Map.entry('?', "question"));

    /** Separators, spelled only when an enum value consists of nothing else ({@code "-"}). */
    private static final Map<Character, String> SEPARATORS_SPELLED = Map.ofEntries(
            Map.entry('-', "minus"), Map.entry('_', "underscore"), Map.entry('.', "dot"), Map.entry('/', "slash"),
            Map.entry(' ', "space"), Map.entry(':', "colon"), Map.entry(',', "comma"), Map.entry(';', "semicolon"));

    private Words() {
    }

    /**
     * @param spellSymbols whether symbols such as {@code +} become words ({@code plus}) rather than separators;
     *     a leading sign before a digit ({@code +1}, {@code -1}) is always spelled
     */
    static List<String> split(String name, boolean spellSymbols) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int length = name.length();
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (startsNewHump(name, i, word)) {
                    flush(word, words);
                }
                word.append(c);
                continue;
            }
            flush(word, words);
            boolean signBeforeDigit = (c == '+' || c == '-') && words.isEmpty()
                    && i + 1 < length && Character.isDigit(name.charAt(i + 1));
            if (signBeforeDigit) {
                words.add(c == '+' ? "plus" : "minus");
            } else if (spellSymbols && SPELLED.containsKey(c)) {
                words.add(SPELLED.get(c));
            } else if (spellSymbols && !SEPARATORS_SPELLED.containsKey(c) && !isPunctuation(c)) {
                words.add(String.format(Locale.ROOT, "u%04X", (int) c));
            }
        }
        flush(word, words);
        if (spellSymbols && words.isEmpty() && !name.isEmpty()) {
            return spellEverything(name);
        }
        return words;
    }

    private static List<String> spellEverything(String name) {
        List<String> words = new ArrayList<>();
        for (char c : name.toCharArray()) {
            String spelled = SPELLED.getOrDefault(c, SEPARATORS_SPELLED.get(c));
            words.add(spelled != null ? spelled : String.format(Locale.ROOT, "u%04X", (int) c));
        }
        return words;
    }

    /** A camel-case hump: {@code createdAt} splits before {@code A}, {@code HTTPError} before {@code E}. */
    private static boolean startsNewHump(String name, int i, StringBuilder word) {
        if (word.isEmpty() || !Character.isUpperCase(name.charAt(i))) {
            return false;
        }
        char previous = name.charAt(i - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        return Character.isUpperCase(previous) && nextIsLower;
    }

    private static boolean isPunctuation(char c) {
        return c < 128 || Character.isWhitespace(c) || Character.isISOControl(c);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** {@code user} to {@code User}; an all-capitals word such as {@code URL} becomes {@code Url}. */
    static String capitalize(String word) {
        String normalized = isAllUpperCase(word) ? word.toLowerCase(Locale.ROOT) : word;
        return normalized.substring(0, 1).toUpperCase(Locale.ROOT) + normalized.substring(1);
    }

    /** The first word of a member name: {@code User} and {@code URL} both become lower case. */
    static String decapitalize(String word) {
        if (isAllUpperCase(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        return word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
    }

    private static boolean isAllUpperCase(String word) {
        boolean anyLetter = false;
        for (char c : word.toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            anyLetter |= Character.isLetter(c);
        }
        return anyLetter;
    }
}
