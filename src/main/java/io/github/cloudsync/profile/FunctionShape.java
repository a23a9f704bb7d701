package io.github.cloudsync.profile;

import java.util.List;
import java.util.Optional;

/**
 * How many arguments a function takes and how its tree keys them: {@code forms} are the fixed parameter lists (the
 * first long enough for the call is used; trailing parameters are optional down to {@code minimum}), and a
 * non-empty {@code repeated} list follows the single fixed form as often as the call needs, in whole groups.
 */
record FunctionShape(String name, List<List<String>> forms, List<String> repeated, int minimum) {
    FunctionShape {
        forms = forms.stream().map(List::copyOf).toList();
        repeated = List.copyOf(repeated);
    }

    /** Why {@code count} arguments do not fit, or empty when they do. */
    Optional<String> countProblem(int count) {
        int fixed = forms.get(0).size();
        if (repeated.isEmpty()) {
            int maximum = forms.get(forms.size() - 1).size();
            if (count >= minimum && count <= maximum) {
                return Optional.empty();
            }
            String takes = minimum == maximum
                    ? minimum + " argument" + (minimum == 1 ? "" : "s")
                    : minimum + " to " + maximum + " arguments";
            return Optional.of(name + " takes " + takes + ", got " + count);
        }
        if (count >= minimum && (count - fixed) % repeated.size() == 0) {
            return Optional.empty();
        }
        if (repeated.size() == 1) {
            return Optional.of(name + " takes at least " + minimum + " arguments, got " + count);
        }
        return Optional.of(name + " takes " + String.join(", ", forms.get(0)) + ", then " + String.join("-", repeated)
                + " pairs: an even number of arguments, at least " + minimum + "; got " + count);
    }

    /** The key of argument {@code index} in a call of {@code count} arguments that {@link #countProblem} accepted. */
    String key(int index, int count) {
        if (!repeated.isEmpty()) {
            int fixed = forms.get(0).size();
            return index < fixed ? forms.get(0).get(index) : repeated.get((index - fixed) % repeated.size());
        }
        return forms.stream()
                .filter(form -> form.size() >= count)
                .findFirst()
                .orElseThrow()
                .get(index);
    }

    /** The parameters in the reference's order, for hints: {@code source, suffix} or {@code separator, source...}. */
    String signature() {
        List<String> longest = forms.get(forms.size() - 1);
        String fixed = String.join(", ", longest);
        if (repeated.isEmpty()) {
            return name + "(" + fixed + ")";
        }
        String tail = String.join(", ", repeated) + ", ...";
        return name + "(" + (fixed.isEmpty() ? tail : fixed + ", " + tail) + ")";
    }
}
