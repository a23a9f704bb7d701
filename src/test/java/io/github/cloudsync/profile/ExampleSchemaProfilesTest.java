package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.AttributeMapping;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.MappedObjectType;
import io.github.cloudsync.model.MappingFlow;
import io.github.cloudsync.model.MappingRemoval;
import io.github.cloudsync.model.MappingSource;
import io.github.cloudsync.model.ObjectMappings;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ProfilePosition;
import io.github.cloudsync.model.Scope;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example profiles of scope, device sync and attribute mappings bind to exactly what they say; v1 ones to none. */
class ExampleSchemaProfilesTest {
    private static Profile.Configuration load(String name) {
        return ProfileLoader.load(Path.of("profiles", name)).configuration();
    }

    @Test
    void aV1ProfileHasNoScopeNoDeviceSyncAndOwnsNoMapping() {
        Profile.Configuration minimal = load("minimal.yaml");

        assertThat(minimal.scope()).isEmpty();
        assertThat(minimal.deviceSync()).isEmpty();
        assertThat(minimal.attributeMappings()).isEqualTo(AttributeMappings.NONE);
    }

    @Test
    void scopesBindTheirKindAndNamesAsWritten() {
        assertThat(load("scoped-ous.yaml").scope())
                .contains(new Scope(
                        Scope.Kind.ORGANIZATIONAL_UNITS,
                        List.of(
                                "OU=Sales,DC=emea,DC=contoso,DC=com",
                                "OU=Engineering,OU=Staff,DC=emea,DC=contoso,DC=com")));
        assertThat(load("scoped-groups.yaml").scope())
                .contains(
                        new Scope(Scope.Kind.GROUPS, List.of("CN=Cloud Sync Pilot,OU=Groups,DC=tailspintoys,DC=com")));
        assertThat(load("device-sync.yaml").deviceSync()).contains(true);
    }

    @Test
    void namedMappingsBindEachSourceKindFlowAndPlace() {
        AttributeMappings mappings = load("mappings-named.yaml").attributeMappings();
        String file = Path.of("profiles", "mappings-named.yaml").toString();

        assertThat(mappings.mode()).isEqualTo(AttributeMappings.Mode.NAMED);
        ObjectMappings user = mappings.of(MappedObjectType.USER).orElseThrow();
        assertThat(user.set().get(0))
                .isEqualTo(new AttributeMapping(
                        "ExtensionAttribute1",
                        new MappingSource(
                                MappingSource.Type.FUNCTION,
                                "Join",
                                "Join(\" \", [department], [company])",
                                List.of(
                                        new MappingSource.Parameter("separator", MappingSource.constant(" ")),
                                        new MappingSource.Parameter("source", MappingSource.attribute("department")),
                                        new MappingSource.Parameter("source", MappingSource.attribute("company")))),
                        MappingFlow.ALWAYS,
                        new ProfilePosition(file, 15, 19)));
        assertThat(user.set().get(1).source()).isEqualTo(MappingSource.attribute("employeeType"));
        assertThat(user.set().get(2).source()).isEqualTo(MappingSource.constant("Litware"));
        assertThat(user.set().get(2).flow()).isEqualTo(MappingFlow.ON_CREATE);
        assertThat(user.set().get(3).source().expression())
                .isEqualTo("IIF(IsPresent([department]), Trim([department]), \"Unassigned\")");
        assertThat(user.remove())
                .containsExactly(new MappingRemoval("FacsimileTelephoneNumber", new ProfilePosition(file, 26, 16)));
        assertThat(mappings.of(MappedObjectType.GROUP)
                        .orElseThrow()
                        .set()
                        .get(0)
                        .source()
                        .expression())
                .isEqualTo("Left(Trim([description]), 448)");
        assertThat(mappings.of(MappedObjectType.CONTACT)).isEqualTo(Optional.empty());
    }

    @Test
    void exactMappingsBindTheModeAndTheYamlUnescapedExpression() {
        AttributeMappings mappings = load("mappings-exact.yaml").attributeMappings();

        assertThat(mappings.mode()).isEqualTo(AttributeMappings.Mode.EXACT);
        MappingSource mobile =
                mappings.of(MappedObjectType.USER).orElseThrow().set().get(0).source();
        assertThat(mobile.parameters().get(1).value()).isEqualTo(MappingSource.constant("[()\\s-]+"));
        assertThat(mappings.of(MappedObjectType.CONTACT).orElseThrow().remove())
                .extracting(MappingRemoval::target)
                .containsExactly("FacsimileTelephoneNumber");
    }
}
