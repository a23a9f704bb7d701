package io.github.cloudsync.model;

import java.util.Optional;

/**
 * Directory discovery kept answering 500 until the consistency deadline: it usually means that no provisioning agent
 * is registered for the configuration's domain yet (docs/graph.md section 16.2). Carries Graph's answer.
 */
public final class DiscoveryFailed extends CloudsyncException {
    private final Optional<String> domain;
    private final GraphException answer;

    public DiscoveryFailed(Optional<String> domain, GraphException answer) {
        super(
                "directory discovery failed" + domain.map(d -> " for " + d).orElse("") + ": Graph answered "
                        + answer.status() + " " + answer.code() + " (" + answer.getMessage() + ")",
                answer);
        this.domain = domain;
        this.answer = answer;
    }

    @Override
    public String failureCode() {
        return "discovery_failed";
    }

    /** The on-premises AD domain of the configuration, when the apply knows it. */
    public Optional<String> domain() {
        return domain;
    }

    /** Graph's last answer to discover, with its request ids. */
    public GraphException answer() {
        return answer;
    }
}
