package io.github.cloudsync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.AttributeMapping;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.MappedObjectType;
import io.github.cloudsync.model.MappingFlow;
import io.github.cloudsync.model.MappingSource;
import io.github.cloudsync.model.ObjectMappings;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ProfileException;
import io.github.cloudsync.model.ProfilePosition;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Scope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The planner's schema action for scope and attribute mappings, on a job to be made and on one whose schema lacks a name. */
class SchemaPlanTest {
    private static final String SALES = "OU=Sales,DC=contoso,DC=com";

    private static Profile with(Optional<Scope> scope, AttributeMappings mappings) {
        Profile base = ProfileBuilder.contoso().build();
        Profile.Configuration c = base.configuration();
        return new Profile(
                base.name(),
                base.tenant(),
                new Profile.Configuration(
                        c.domain(),
                        c.displayName(),
                        c.passwordHashSync(),
                        c.exchangeHybridWriteback(),
                        c.accidentalDeletes(),
                        c.notifications(),
                        c.state(),
                        scope,
                        Optional.empty(),
                        mappings));
    }

    @Test
    void aScopeOnAJobStillToBeMadeIsWrittenOnceApplyHasReadItsSchema() {
        Profile profile =
                with(Optional.of(new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, List.of(SALES))), AttributeMappings.NONE);
        LiveState live =
                Tenants.with(Tenants.inSync(ProfileBuilder.contoso().build()), List.of(), List.of(), Optional.empty());

        Action.PutSchema put = Planner.plan(profile, live).actions().stream()
                .filter(Action.PutSchema.class::isInstance)
                .map(Action.PutSchema.class::cast)
                .findFirst()
                .orElseThrow();

        assertThat(put.knownAfterApply()).isTrue();
        assertThat(put.reason()).isEqualTo(Reason.SCHEMA_DIFFERS);
        assertThat(put.changes()).containsExactly(new Action.Change("scope", "all", "1 OU: " + SALES, false));
        JsonNode patch = SchemaPatch.patch(Schemas.modern(), put);
        // the template has both filters, empty: the wanted one is filled in place, the other left as it is
        assertThat(patch).hasSize(1);
        assertThat(patch.get(0).path("path").asString())
                .isEqualTo("/synchronizationRules/0/containerFilter/includedContainers/0");
    }

    @Test
    void aTargetTheLiveSchemaLacksStopsThePlanAtItsProfilePosition() {
        ProfilePosition at = new ProfilePosition("contoso.yaml", 14, 19);
        AttributeMappings mappings = new AttributeMappings(
                AttributeMappings.Mode.NAMED,
                List.of(new ObjectMappings(
                        MappedObjectType.USER,
                        List.of(new AttributeMapping(
                                "DisplayNme", MappingSource.attribute("displayName"), MappingFlow.ALWAYS, at)),
                        List.of())));
        LiveState live = Tenants.with(
                Tenants.inSync(ProfileBuilder.contoso().build()),
                List.of(Tenants.job(JobTemplate.PROVISIONING, "1", ScheduleState.ACTIVE)),
                List.of(),
                Optional.of(Schemas.real2020()));

        assertThatThrownBy(() -> Planner.plan(with(Optional.empty(), mappings), live))
                .isInstanceOfSatisfying(
                        ProfileException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .startsWith("contoso.yaml:14:19: user.DisplayNme: User has no attribute DisplayNme"));
    }
}
