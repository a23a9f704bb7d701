package io.github.cloudsync.model;

import java.util.List;
import java.util.Objects;

/**
 * Which part of the AD domain is synchronized: the listed OUs (the rule's containerFilter) or the members of the
 * listed groups (its groupFilter), never both. Distinguished names are kept as written.
 */
public record Scope(Kind kind, List<String> distinguishedNames) {
    public Scope {
        Objects.requireNonNull(kind, "kind");
        distinguishedNames = List.copyOf(distinguishedNames);
    }

    /** Scoping by organizational units or by groups. */
    public enum Kind {
        ORGANIZATIONAL_UNITS,
        GROUPS
    }
}
