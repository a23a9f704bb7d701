package io.github.cloudsync.model;

/** The provisioning schema has no directory of the name a step needs. */
public final class SchemaDirectoryMissing extends CloudsyncException {
    private final String name;

    public SchemaDirectoryMissing(String name) {
        super("the provisioning schema has no directory named '" + name + "'", null);
        this.name = name;
    }

    @Override
    public String failureCode() {
        return "schema_directory_missing";
    }

    public String name() {
        return name;
    }
}
