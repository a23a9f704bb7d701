package io.github.cloudsync.model;

import java.util.Arrays;
import java.util.Optional;

/** The AD object types whose mappings a profile may change, matched to object mappings by sourceObjectName. */
public enum MappedObjectType {
    USER("user"),
    INET_ORG_PERSON("inetOrgPerson"),
    GROUP("group"),
    CONTACT("contact");

    private final String sourceObjectName;

    MappedObjectType(String sourceObjectName) {
        this.sourceObjectName = sourceObjectName;
    }

    /** The AD object class, which is both the profile's key and the object mapping's sourceObjectName. */
    public String sourceObjectName() {
        return sourceObjectName;
    }

    public static Optional<MappedObjectType> bySourceObjectName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.sourceObjectName.equals(name))
                .findFirst();
    }
}
