package io.github.cloudsync.profile;

import java.util.OptionalInt;

/**
 * Unicode's notion of text for profile strings: a space is any character with the White_Space property (U+3000 and
 * U+2003 included, which Java's {@code \S} and ASCII trimming miss), and a string must not hold a lone surrogate.
 */
final class UnicodeText {
    private UnicodeText() {}

    /** Whether {@code codePoint} has Unicode's White_Space property (separators Zs, Zl, Zp, U+0009 to U+000D, U+0085). */
    static boolean isSpace(int codePoint) {
        return Character.isSpaceChar(codePoint) || (codePoint >= 0x09 && codePoint <= 0x0D) || codePoint == 0x85;
    }

    /** Whether the text is empty or only Unicode spaces. */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(UnicodeText::isSpace);
    }

    /** The text without leading and trailing Unicode spaces. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** The index of the first surrogate that is not half of a pair, if any. */
    static OptionalInt loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
