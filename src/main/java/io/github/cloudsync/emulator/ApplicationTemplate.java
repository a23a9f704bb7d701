package io.github.cloudsync.emulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An application template the emulator can instantiate, with the synchronization job templates its service principals
 * accept (docs/graph.md section 4.2, 4.3 and section 12).
 *
 * @param id the template id
 * @param appDisplayName the application's display name
 * @param homepageMetadata the {@code metadata=} tag of the homepage URL
 * @param jobTemplates the job template ids a job POST accepts
 */
record ApplicationTemplate(String id, String appDisplayName, String homepageMetadata, List<String> jobTemplates) {
    /**
     * The cloud sync template (AD to Entra ID provisioning); device sync ({@code AD2AADDeviceSync}, preview) runs on
     * the same service principal (MicrosoftDocs/entra-docs:docs/identity/hybrid/cloud-sync/device-sync.md).
     */
    static final String CLOUD_SYNC = "1a4721b3-e57f-4451-ae87-ef078703ec94";
    /** Entra ID to AD group provisioning (single source: THINF, docs/graph.md section 4.2). */
    static final String GROUP_PROVISIONING = "fb81332f-3eca-4ecf-a939-4278e501d330";
    /** The non-gallery (custom) application of the GDOCS example; it has no synchronization templates. */
    static final String CUSTOM = "8adf8e6e-67b2-4cf2-a259-e3dc5476c621";

    private static final Map<String, ApplicationTemplate> KNOWN = Map.of(
            CLOUD_SYNC,
            new ApplicationTemplate(
                    CLOUD_SYNC,
                    "Active Directory to Azure Active Directory Provisioning",
                    "AD2AADProvisioning",
                    List.of(
                            "AD2AADProvisioning",
                            "AD2AADPasswordHash",
                            "AAD2ADExchangeHybridWriteback",
                            DeviceSyncSchema.TEMPLATE)),
            GROUP_PROVISIONING,
            new ApplicationTemplate(
                    GROUP_PROVISIONING,
                    "Azure Active Directory to Active Directory Group Provisioning",
                    "AAD2ADGroupProvisioning",
                    List.of("AAD2ADGroupProvisioning")),
            CUSTOM,
            new ApplicationTemplate(CUSTOM, "Custom application", "customappsso", List.of()));

    ApplicationTemplate {
        jobTemplates = List.copyOf(jobTemplates);
    }

    static Optional<ApplicationTemplate> find(String id) {
        return Optional.ofNullable(KNOWN.get(id.toLowerCase(Locale.ROOT)));
    }

    /** The job templates of a service principal instantiated from {@code templateId} (none for unknown templates). */
    static List<String> jobTemplatesOf(String templateId) {
        return find(templateId).map(ApplicationTemplate::jobTemplates).orElse(List.of());
    }

    String homepage() {
        return "https://account.activedirectory.windowsazure.com:444/applications/default.aspx?metadata="
                + homepageMetadata + "|ISV9.1|primary|z";
    }
}
