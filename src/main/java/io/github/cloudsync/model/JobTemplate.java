package io.github.cloudsync.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The synchronization job templates cloudsync manages on a cloud sync service principal, and the one rule that tells
 * which of them a job belongs to ({@link #of(String, String)}).
 */
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

    /**
     * The managed template of a job: the one its {@code templateId} names, else the one whose name and a dot start its
     * id. Graph may answer an internal template name: the article's own job is {@code "id":"AD2AADProvisioning.…"} with
     * {@code "templateId":"ADDCInPassthrough"} (docs/graph.md section 16.11), and job ids start with the template id and
     * a dot (section 4.4). Without the id rule such a job would be missed and every apply would create another.
     */
    public static Optional<JobTemplate> of(String jobId, String templateId) {
        return byTemplateId(templateId)
                .or(() -> Arrays.stream(values())
                        .filter(t -> jobId.startsWith(t.templateId + "."))
                        .findFirst());
    }
}
