package io.github.cloudsync.cli;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's default provider for the Graph options: {@code CLOUDSYNC_GRAPH_URL}, {@code CLOUDSYNC_GRAPH_VERSION} and
 * {@code CLOUDSYNC_AUTH} stand in for {@code --graph-url}, {@code --graph-version} and {@code --auth} when the option is
 * not given (the option given on the command line always wins; an empty variable counts as unset).
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
    /** The options that take a default from the environment. */
    static final Set<String> OPTIONS = Set.of("--graph-url", "--graph-version", "--auth");

    private final Map<String, String> environment;

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = environment;
    }

    /** {@code --graph-url} → {@code CLOUDSYNC_GRAPH_URL}. */
    static String variable(String option) {
        return "CLOUDSYNC_" + option.substring(2).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || !OPTIONS.contains(option.longestName())) {
            return null;
        }
        return Optional.ofNullable(environment.get(variable(option.longestName())))
                .filter(value -> !value.isBlank())
                .orElse(null);
    }
}
