package io.github.cloudsync.model;

/** import cannot tell the on-premises domain: no readable Domain secret, and the name is not a domain. */
public final class DomainUnknown extends CloudsyncException {
    private final String configuration;

    public DomainUnknown(String configuration) {
        super(
                "the configuration \"" + configuration + "\" has no readable Domain secret, and its display name is"
                        + " not a domain name",
                null);
        this.configuration = configuration;
    }

    @Override
    public String failureCode() {
        return "domain_unknown";
    }

    public String configuration() {
        return configuration;
    }
}
