package io.github.cloudsync.profile;

import io.github.cloudsync.model.MappingSource;
import java.util.Optional;

/** What parsing an expression gave: the tree, or the first error. Exactly one of the two is present. */
public record ExpressionOutcome(Optional<MappingSource> tree, Optional<ExpressionError> error) {
    public ExpressionOutcome {
        if (tree.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("an outcome holds either a tree or an error");
        }
    }

    static ExpressionOutcome parsed(MappingSource tree) {
        return new ExpressionOutcome(Optional.of(tree), Optional.empty());
    }

    static ExpressionOutcome failed(ExpressionError error) {
        return new ExpressionOutcome(Optional.empty(), Optional.of(error));
    }
}
