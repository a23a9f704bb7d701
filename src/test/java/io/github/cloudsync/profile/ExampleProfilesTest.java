package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in {@code profiles/} loads, names the schema for editors, and binds to what it says. */
class ExampleProfilesTest {
    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void loadsAndPointsEditorsAtTheSchema(Path example) throws IOException {
        LoadResult result = ProfileLoader.validate(example);

        assertThat(result.problems()).isEmpty();
        assertThat(Files.readAllLines(example).get(0))
                .isEqualTo("# yaml-language-server: $schema=../schemas/profile.v1.schema.json");
    }

    @Test
    void examplesHaveDistinctNames() throws IOException {
        List<String> names =
                examples().map(ProfileLoader::load).map(Profile::name).toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
    }

    @Test
    void minimalTakesEveryDefault() {
        Profile profile = ProfileLoader.load(Path.of("profiles", "minimal.yaml"));

        assertThat(profile.tenant())
                .isEqualTo(new Profile.Tenant("6f1c3a2e-8b4d-4e7a-9c51-2d0f7b3e8a14", Cloud.GLOBAL, true));
        Profile.Configuration configuration = profile.configuration();
        assertThat(configuration.displayName()).isEqualTo("contoso.com");
        assertThat(configuration.passwordHashSync()).isFalse();
        assertThat(configuration.exchangeHybridWriteback()).isFalse();
        assertThat(configuration.accidentalDeletes()).isEqualTo(new AccidentalDeletes(true, 500));
        assertThat(configuration.notifications().enabled()).isTrue();
        assertThat(configuration.notifications().recipients()).isEmpty();
        assertThat(configuration.state()).isEqualTo(DesiredState.ACTIVE);
    }

    @Test
    void fullBindsEveryField() {
        Profile profile = ProfileLoader.load(Path.of("profiles", "full.yaml"));

        Profile.Configuration configuration = profile.configuration();
        assertThat(profile.name()).isEqualTo("fabrikam-corp");
        assertThat(configuration.domain()).isEqualTo("corp.fabrikam.com");
        assertThat(configuration.displayName()).isEqualTo("Fabrikam corp (cloud sync)");
        assertThat(configuration.passwordHashSync()).isTrue();
        assertThat(configuration.exchangeHybridWriteback()).isTrue();
        assertThat(configuration.accidentalDeletes()).isEqualTo(new AccidentalDeletes(true, 150));
        assertThat(configuration.notifications().recipients())
                .containsExactly("identity-ops@fabrikam.com", "oncall@fabrikam.com");
    }

    @Test
    void pausedAndUsGovernmentBindTheirDifferences() {
        assertThat(ProfileLoader.load(Path.of("profiles", "paused.yaml"))
                        .configuration()
                        .state())
                .isEqualTo(DesiredState.PAUSED);
        assertThat(ProfileLoader.load(Path.of("profiles", "usgov.yaml"))
                        .tenant()
                        .cloud())
                .isEqualTo(Cloud.USGOV);
    }
}
