package io.github.cloudsync.profile;

import java.util.Comparator;
import java.util.Locale;

/** Hints for names the expression language does not know: a function's right case, or the nearest function. */
final class ExpressionHints {
    private ExpressionHints() {}

    /** For {@code Jion(...)}: did you mean Join; for {@code switch(...)}: names are case-sensitive. */
    static String forFunction(String name) {
        for (String known : ExpressionFunctions.names()) {
            if (known.equalsIgnoreCase(name)) {
                return "function names are case-sensitive: write " + known;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return ExpressionFunctions.names().stream()
                .filter(known -> KeyMap.distance(known.toLowerCase(Locale.ROOT), lower) <= 2)
                .min(Comparator.comparingInt(known -> KeyMap.distance(known.toLowerCase(Locale.ROOT), lower)))
                .map(known -> "did you mean " + known + "? " + SEE_LIST)
                .orElse(SEE_LIST);
    }

    /** For a bare word that is not a call: an attribute in brackets, or text in quotes. */
    static String forWord(String name) {
        return ExpressionFunctions.shape(name)
                .map(shape -> "call it with its arguments: " + shape.signature())
                .orElse("write [" + name + "] for the attribute, or \"" + name + "\" for the text");
    }

    static final String SEE_LIST = "the functions are listed in Microsoft's 'Reference for writing expressions for"
            + " attribute mappings in Microsoft Entra ID'";
}
