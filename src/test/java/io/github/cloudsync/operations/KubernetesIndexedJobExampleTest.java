package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1JobSpec;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/kubernetes/cloudsync-drift-indexed.yaml read strictly through Kubernetes' own API types, as
 * {@link KubernetesExampleTest} reads the CronJob: an Indexed Job whose completions equal drift's --shard-count, each
 * index failing alone, Pod Security "restricted", Workload ID; its profiles pass {@code cloudsync validate}, and its
 * arguments parse as cloudsync's.
 */
class KubernetesIndexedJobExampleTest {
    private static final Path EXAMPLE = Path.of("examples/kubernetes/cloudsync-drift-indexed.yaml");

    @TempDir
    Path folder;

    @Test
    void itIsAnIndexedJobOfAsManyCompletionsAsShards() throws IOException {
        Map<String, Object> objects = KubernetesExampleTest.objects(Files.readString(EXAMPLE));
        V1JobSpec job = job(objects);
        List<String> args = job.getTemplate().getSpec().getContainers().get(0).getArgs();

        assertThat(objects.keySet())
                .containsExactly(
                        "Namespace/cloudsync",
                        "ServiceAccount/cloudsync",
                        "ConfigMap/cloudsync-profiles",
                        "CronJob/cloudsync-drift-indexed");
        assertThat(job.getCompletionMode()).isEqualTo("Indexed");
        assertThat(args).containsSequence("--shard-count", Integer.toString(job.getCompletions()));
        assertThat(job.getParallelism()).isEqualTo(job.getCompletions());
        assertThat(job.getBackoffLimitPerIndex()).isZero();
        assertThat(args).doesNotContain("--shard");
    }

    @Test
    void thePodMeetsPodSecurityRestrictedAndSignsInWithWorkloadIdentity() throws IOException {
        Map<String, Object> objects = KubernetesExampleTest.objects(Files.readString(EXAMPLE));
        V1PodTemplateSpec pod = job(objects).getTemplate();
        V1ServiceAccount account = (V1ServiceAccount) objects.get("ServiceAccount/cloudsync");

        assertThat(((V1Namespace) objects.get("Namespace/cloudsync"))
                        .getMetadata()
                        .getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
        KubernetesExampleTest.assertRestricted(pod.getSpec());
        assertThat(account.getMetadata().getAnnotations()).containsKey("azure.workload.identity/client-id");
        assertThat(pod.getSpec().getServiceAccountName()).isEqualTo("cloudsync");
        assertThat(pod.getMetadata().getLabels()).containsEntry("azure.workload.identity/use", "true");
        assertThat(pod.getSpec().getContainers().get(0).getArgs()).containsSequence("--auth", "workload-identity");
        assertThat(pod.getSpec().getContainers().get(0).getEnvFrom()).isNullOrEmpty();
    }

    @Test
    void theArgumentsParseAndTheProfilesAreValid() throws IOException {
        Map<String, Object> objects = KubernetesExampleTest.objects(Files.readString(EXAMPLE));
        V1ConfigMap profiles = (V1ConfigMap) objects.get("ConfigMap/cloudsync-profiles");
        List<String> validate = new ArrayList<>(List.of("validate"));
        for (Map.Entry<String, String> entry : profiles.getData().entrySet()) {
            validate.add(Files.writeString(folder.resolve(entry.getKey()), entry.getValue())
                    .toString());
        }
        List<String> drift = new ArrayList<>(
                job(objects).getTemplate().getSpec().getContainers().get(0).getArgs());
        drift.set(drift.indexOf("/profiles"), folder.toString());
        drift.set(drift.indexOf("workload-identity"), "none");
        drift.addAll(List.of("--graph-url", "http://127.0.0.1:1"));

        CliRun.Result valid = new CliRun(Map.of()).run(validate.toArray(String[]::new));
        CliRun.Result shard = new CliRun(Map.of("JOB_COMPLETION_INDEX", "1")).run(drift.toArray(String[]::new));

        assertThat(valid.exitCode()).as(valid.err()).isZero();
        assertThat(shard.out())
                .as("parsed, ran as shard 1 of 4, and reported Graph unreachable")
                .contains("\"index\" : 1");
        assertThat(shard.exitCode()).isEqualTo(1);
    }

    private static V1JobSpec job(Map<String, Object> objects) {
        return ((V1CronJob) objects.get("CronJob/cloudsync-drift-indexed"))
                .getSpec()
                .getJobTemplate()
                .getSpec();
    }
}
