package io.github.cloudsync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cloudsync.diff.CredentialDataEdit;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * For random profiles and random starting tenants: plan, apply (simulated), plan again is empty; one service principal
 * and exactly one job per wanted template remain; no secret the profile does not own is lost or changed, and no
 * masked value is ever sent.
 */
class PlannerPropertyTest {
    private static final List<String> OWNED =
            List.of(SecretKey.APP_KEY.key(), SecretKey.DOMAIN.key(), SecretKey.SYNC_NOTIFICATION_SETTINGS.key());

    @Test
    void planningAfterApplyIsEmpty() {
        qt().withExamples(200)
                .withFixedSeed(20251126L)
                .forAll(TenantGenerators.profiles(), TenantGenerators.tenants())
                .checkAssert(this::converges);
    }

    private void converges(Profile profile, LiveState start) {
        Plan plan = Planner.plan(profile, start);
        assertThat(Planner.plan(profile, start)).as("deterministic").isEqualTo(plan);
        assertOrderRespectsAfter(plan);
        TenantSimulator tenant = new TenantSimulator(start, Schemas.modern());
        tenant.apply(plan);
        LiveState end = tenant.view();

        assertThat(Planner.plan(profile, end).actions()).as("second plan").isEmpty();
        assertThat(end.servicePrincipal()).isPresent();
        for (JobTemplate template : JobTemplate.values()) {
            if (template == JobTemplate.DEVICE_SYNC
                    && profile.configuration().deviceSync().isEmpty()) {
                assertThat(end.jobs(template)).as("device sync, not managed").isEqualTo(start.jobs(template));
                continue;
            }
            boolean wanted = template == JobTemplate.PROVISIONING
                    || (template == JobTemplate.PASSWORD_HASH
                            && profile.configuration().passwordHashSync())
                    || (template == JobTemplate.EXCHANGE_WRITEBACK
                            && profile.configuration().exchangeHybridWriteback())
                    || (template == JobTemplate.DEVICE_SYNC
                            && profile.configuration().wantsDeviceSync());
            assertThat(end.jobs(template)).as(template.templateId()).hasSize(wanted ? 1 : 0);
        }
        for (Secret before : start.secrets().read()) {
            if (!OWNED.contains(before.key())) {
                assertThat(end.secret(before.key()))
                        .as("unowned " + before.key())
                        .contains(before);
            }
        }
        boolean appKeyDue = appKeyDue(start, plan);
        for (List<Secret> body : tenant.secretBodies()) {
            assertThat(body).noneMatch(Secret::masked);
            start.secrets().read().stream()
                    .filter(s -> !OWNED.contains(s.key())
                            && !s.masked()
                            && !s.value().isEmpty())
                    .forEach(s -> assertThat(body).contains(s));
            assertThat(body)
                    .as("AppKey only when it is due")
                    .extracting(Secret::key)
                    .filteredOn(SecretKey.APP_KEY.key()::equals)
                    .hasSize(appKeyDue ? 1 : 0);
        }
        if (appKeyDue) {
            assertThat(tenant.appKey())
                    .contains("{\"appKeyScenario\":\""
                            + (profile.configuration().passwordHashSync() ? "AD2AADPasswordHash" : "AD2AADProvisioning")
                            + "\"}");
        }
        assertCredentialData(profile, end.provisioningSchema().orElseThrow());
    }

    /**
     * AppKey is written when the configuration is set up (no service principal, or no Domain secret yet) or password
     * hash sync changes (the PHS job is created or deleted, or the CredentialData mapping changes).
     */
    private static boolean appKeyDue(LiveState start, Plan plan) {
        boolean setUp = start.servicePrincipal().isEmpty()
                || start.secret(SecretKey.DOMAIN.key())
                        .filter(s -> !s.value().isEmpty())
                        .isEmpty();
        boolean passwordHashChange = plan.actions().stream()
                .anyMatch(a -> a instanceof Action.PutSchema
                        || (a instanceof Action.CreateJob c && c.template() == JobTemplate.PASSWORD_HASH)
                        || (a instanceof Action.DeleteJob d
                                && d.template() == JobTemplate.PASSWORD_HASH
                                && !d.extra()));
        return setUp || passwordHashChange;
    }

    private static void assertOrderRespectsAfter(Plan plan) {
        List<String> addresses = plan.actions().stream().map(Action::address).toList();
        for (int i = 0; i < addresses.size(); i++) {
            for (String before : plan.actions().get(i).after()) {
                if (addresses.contains(before)) {
                    assertThat(addresses.indexOf(before))
                            .as(addresses.get(i) + " after " + before)
                            .isLessThan(i);
                }
            }
        }
    }

    private static void assertCredentialData(Profile profile, JsonNode schema) {
        for (JsonNode mapping : schema.get("synchronizationRules").get(0).get("objectMappings")) {
            if (!mapping.get("targetObjectName").asString().equals("User")) {
                continue;
            }
            long count = mapping.get("attributeMappings")
                    .valueStream()
                    .filter(a -> a.get("targetAttributeName").asString().equals(CredentialDataEdit.TARGET_ATTRIBUTE))
                    .count();
            if (profile.configuration().passwordHashSync()) {
                assertThat(count).as(mapping.get("name").asString()).isPositive();
            } else {
                assertThat(count).as(mapping.get("name").asString()).isZero();
            }
        }
    }
}
