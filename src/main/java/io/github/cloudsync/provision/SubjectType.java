package io.github.cloudsync.provision;

import io.github.cloudsync.model.JobTemplate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The on-premises object types {@code cloudsync provision} takes, as provisionOnDemand names them in
 * {@code objectTypeName}, each with the job that provisions it: computers through device sync, the others through
 * the provisioning job (docs/graph.md section 16.10).
 */
public enum SubjectType {
    USER("user", JobTemplate.PROVISIONING.templateId()),
    INET_ORG_PERSON("inetOrgPerson", JobTemplate.PROVISIONING.templateId()),
    GROUP("group", JobTemplate.PROVISIONING.templateId()),
    CONTACT("contact", JobTemplate.PROVISIONING.templateId()),
    COMPUTER("computer", JobTemplate.DEVICE_SYNC.templateId());

    private final String objectTypeName;
    private final String templateId;

    SubjectType(String objectTypeName, String templateId) {
        this.objectTypeName = objectTypeName;
        this.templateId = templateId;
    }

    /** The {@code objectTypeName} Graph takes: the AD object class. */
    public String objectTypeName() {
        return objectTypeName;
    }

    /** The template of the job that provisions this type. */
    public String templateId() {
        return templateId;
    }

    /** The type named exactly {@code objectTypeName}. */
    public static Optional<SubjectType> byName(String objectTypeName) {
        return Arrays.stream(values())
                .filter(t -> t.objectTypeName.equals(objectTypeName))
                .findFirst();
    }
}
