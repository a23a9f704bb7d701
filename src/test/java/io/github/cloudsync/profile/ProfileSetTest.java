package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Profiles of one tenant must agree on directory sync and configure each AD domain once; each offending file is pointed
 * at, with the others' places.
 */
class ProfileSetTest {
    static final String A = "11111111-1111-1111-1111-111111111111";
    static final String B = "22222222-2222-2222-2222-222222222222";

    final ProfileLoader loader = new ProfileLoader();

    @Test
    void profilesOfOneTenantThatDisagreeEachGetAProblemAtTheirOwnPlace() {
        List<LoadResult> results = List.of(
                load("a.yaml", "a", A, "a.example.com", "\n  directorySyncEnabled: false"),
                load("b.yaml", "b", A, "b.example.com", ""),
                load("c.yaml", "c", B, "c.example.com", "\n  directorySyncEnabled: false"));

        List<Problem> problems = ProfileSet.disagreements(results);

        assertThat(problems)
                .extracting(Problem::format)
                .containsExactly("""
                        a.yaml:7:25: /tenant/directorySyncEnabled: is false here, but other profiles of tenant %s say\
                         true: b.yaml:6:3
                          hint: make every profile of the tenant say the same: directory sync is one switch for the\
                         whole tenant, so each apply would undo the other""".formatted(A).replace("\n", System.lineSeparator()), """
                        b.yaml:6:3: /tenant/directorySyncEnabled: is true here, but other profiles of tenant %s say\
                         false: a.yaml:7:25
                          hint: make every profile of the tenant say the same: directory sync is one switch for the\
                         whole tenant, so each apply would undo the other""".formatted(A)
                        .replace("\n", System.lineSeparator()));
        assertThat(ProfileSet.conflicts(results)).containsAll(problems);
    }

    @Test
    void profilesThatAgreeOrBelongToOtherTenantsHaveNoProblem() {
        List<LoadResult> results = List.of(
                load("a.yaml", "a", A, "a.example.com", "\n  directorySyncEnabled: true"),
                load("b.yaml", "b", A, "b.example.com", ""),
                load("c.yaml", "c", B, "c.example.com", "\n  directorySyncEnabled: false"));

        assertThat(ProfileSet.disagreements(results)).isEmpty();
    }

    @Test
    void twoProfilesOfOneTenantAndOneDomainEachGetAProblemAtTheirDomain() {
        List<LoadResult> results = List.of(
                load("a.yaml", "a", A, "corp.example.com", ""),
                load("b.yaml", "b", A, "Corp.Example.COM\n  displayName: Corp again", ""),
                load("c.yaml", "c", B, "corp.example.com", ""),
                load("d.yaml", "d", A, "other.example.com", ""));

        String hint = System.lineSeparator()
                + "  hint: keep one profile per AD domain of a tenant: each would make its own cloud sync configuration"
                + " of the same domain";
        assertThat(ProfileSet.conflicts(results))
                .extracting(Problem::format)
                .containsExactly(
                        "a.yaml:8:11: /configuration/domain: domain corp.example.com of tenant " + A
                                + " is also configured by b.yaml:8:11 (displayName 'Corp again')" + hint,
                        "b.yaml:8:11: /configuration/domain: domain Corp.Example.COM of tenant " + A
                                + " is also configured by a.yaml:8:11 (displayName 'corp.example.com')" + hint);
    }

    @Test
    void profilesOfOneDisplayNameClashAsOneConfigurationNotAsOneDomain() {
        List<LoadResult> results =
                List.of(load("a.yaml", "a", A, "corp.example.com", ""), load("b.yaml", "b", A, "Corp.Example.COM", ""));

        assertThat(ProfileSet.conflicts(results))
                .extracting(Problem::pointer)
                .containsExactly("/configuration/displayName");
    }

    private LoadResult load(String file, String name, String tenant, String domain, String directorySync) {
        String text = """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: %s
                tenant:
                  id: %s%s
                configuration:
                  domain: %s
                """.formatted(name, tenant, directorySync, domain);
        LoadResult result = loader.check(file, text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result;
    }
}
