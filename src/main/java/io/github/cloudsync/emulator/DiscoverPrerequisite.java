package io.github.cloudsync.emulator;

/**
 * What discover needs before it answers: with {@code discoverNeedsDomain} on (the default), a service principal without
 * a {@code Domain} secret gets a 500 with the backend's wrapped error. Microsoft's own script says discover "has always
 * thrown a 500" in automation, and the article sets the Domain secret (its step 5) before discovery (step 7)
 * (docs/graph.md section 4.8); the inner code and message are the emulator's own [U].
 */
final class DiscoverPrerequisite {
    static final String INNER_CODE = "DirectoryDiscoveryFailed";

    private DiscoverPrerequisite() {}

    /** {@code discover}, answering 500 first when the switch is on and the Domain secret is missing. */
    static Endpoint requiringDomain(Endpoint discover) {
        return (call, tenant, params) -> {
            if (tenant.settings.discoverNeedsDomain()) {
                ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
                Tenant.requireJob(sp, params.get("job"));
                if (!sp.secrets.containsKey("Domain")) {
                    throw GraphFailure.syncBackend(
                            500,
                            INNER_CODE,
                            "The directory '" + params.get("directory") + "' could not be discovered: no"
                                    + " provisioning agent is known for this configuration's domain (the Domain"
                                    + " secret is not set).");
                }
            }
            return discover.handle(call, tenant, params);
        };
    }
}
