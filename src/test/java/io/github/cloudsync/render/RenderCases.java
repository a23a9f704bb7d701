package io.github.cloudsync.render;

import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Planner;
import io.github.cloudsync.plan.ProfileBuilder;
import io.github.cloudsync.plan.Schemas;
import io.github.cloudsync.plan.Tenants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plans every renderer is golden-tested on, by case name (one folder each under golden/render). */
final class RenderCases {
    static final String DRIFT_CAPTION = "changed outside cloudsync";

    private RenderCases() {}

    static Map<String, Plan> all() {
        Map<String, Plan> cases = new LinkedHashMap<>();
        ProfileBuilder full = ProfileBuilder.contoso()
                .passwordHashSync(true)
                .exchangeHybridWriteback(true)
                .accidentalDeletes(true, 50)
                .notifications(true, "ops@contoso.com", "security@contoso.com");
        cases.put("empty-tenant", Planner.plan(full.build(), Tenants.empty(null), "profiles/contoso.yaml"));

        LiveState synced = Tenants.inSync(ProfileBuilder.contoso().build());
        cases.put("in-sync", Planner.plan(ProfileBuilder.contoso().build(), synced));
        cases.put(
                "phs-on",
                Planner.plan(ProfileBuilder.contoso().passwordHashSync(true).build(), synced));
        cases.put(
                "phs-off",
                Planner.plan(
                        ProfileBuilder.contoso().build(),
                        Tenants.inSync(
                                ProfileBuilder.contoso().passwordHashSync(true).build())));
        cases.put(
                "domain-changed",
                Planner.plan(ProfileBuilder.contoso().domain("fabrikam.com").build(), synced));

        LiveState quarantined = Tenants.with(
                synced,
                List.of(
                        Tenants.quarantined(JobTemplate.PROVISIONING, "a", "TooManyDeletes"),
                        Tenants.job(JobTemplate.PROVISIONING, "b", ScheduleState.PAUSED)),
                concat(synced.secrets().read(), new Secret("Password", Secret.MASK)),
                synced.provisioningSchema());
        cases.put(
                "quarantined-and-duplicate",
                Planner.plan(ProfileBuilder.contoso().build(), quarantined, "contoso.yaml"));

        LiveState twins = Tenants.with(
                synced,
                List.of(
                        Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.DISABLED),
                        Tenants.job(JobTemplate.PROVISIONING, "b", ScheduleState.ACTIVE)),
                synced.secrets().read(),
                synced.provisioningSchema());
        cases.put("active-job-kept", Planner.plan(ProfileBuilder.contoso().build(), twins, "contoso.yaml"));

        cases.put(
                "paused",
                Planner.plan(ProfileBuilder.contoso().state(DesiredState.PAUSED).build(), synced));

        LiveState real = Tenants.with(synced, synced.jobs(), synced.secrets().read(), Optional.of(Schemas.real2020()));
        cases.put(
                "real-2020-schema-phs-on",
                Planner.plan(ProfileBuilder.contoso().passwordHashSync(true).build(), real));
        return cases;
    }

    private static List<Secret> concat(List<Secret> secrets, Secret more) {
        return java.util.stream.Stream.concat(secrets.stream(), java.util.stream.Stream.of(more))
                .toList();
    }

    /** The caption each case is rendered with: drift's for the domain change, the default otherwise. */
    static Optional<String> caption(String name) {
        return name.equals("domain-changed") ? Optional.of(DRIFT_CAPTION) : Optional.empty();
    }
}
