package io.github.cloudsync.model;

import java.util.Arrays;
import java.util.Optional;

/** The synchronization job templates cloudsync manages on a cloud sync service principal. */
public enum JobTemplate {
    PROVISIONING("AD2AADProvisioning"),
    PASSWORD_HASH("AD2AADPasswordHash"),
    EXCHANGE_WRITEBACK("AAD2ADExchangeHybridWriteback"),
    /** Device sync (preview): AD computers to Entra ID devices, on the same service principal (docs/graph.md 16.9). */
    DEVICE_SYNC("AD2AADDeviceSync");

    private final String templateId;

    JobTemplate(String templateId) {
        this.templateId = templateId;
    }

    /** The Graph {@code templateId}. */
    public String templateId() {
        return templateId;
    }

    public static Optional<JobTemplate> byTemplateId(String templateId) {
        return Arrays.stream(values())
                .filter(t -> t.templateId.equals(templateId))
                .findFirst();
    }
}
