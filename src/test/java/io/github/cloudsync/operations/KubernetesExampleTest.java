package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.cli.CliRun;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * examples/kubernetes/cloudsync-drift.yaml read strictly through Kubernetes' own API types (the official Java client's
 * models refuse a field their type does not have, at any depth), then held to Pod Security "restricted" and to
 * Azure Workload ID's wiring; its ConfigMap's profiles pass {@code cloudsync validate}.
 */
class KubernetesExampleTest {
    private static final Path EXAMPLE = Path.of("examples/kubernetes/cloudsync-drift.yaml");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void everyDocumentIsAKubernetesObjectOfAKnownKindWithNoUnknownField() throws IOException {
        Map<String, Object> objects = objects(Files.readString(EXAMPLE));

        assertThat(objects.keySet())
                .containsExactly(
                        "Namespace/cloudsync",
                        "ServiceAccount/cloudsync",
                        "ConfigMap/cloudsync-profiles",
                        "CronJob/cloudsync-drift");
        assertThat(((V1Namespace) objects.get("Namespace/cloudsync"))
                        .getMetadata()
                        .getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
    }

    @Test
    void aMisspelledFieldIsRefused() throws IOException {
        String misspelled = Files.readString(EXAMPLE).replace("readOnlyRootFilesystem:", "readOnlyRootFileSystem:");

        assertThatThrownBy(() -> objects(misspelled))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readOnlyRootFileSystem");
    }

    @Test
    void thePodMeetsPodSecurityRestricted() throws IOException {
        assertRestricted(pod().getSpec());
    }

    /** Pod Security "restricted", and no host access. */
    static void assertRestricted(V1PodSpec pod) {
        V1Container container = pod.getContainers().get(0);
        V1SecurityContext security = container.getSecurityContext();

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(65532L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getContainers()).hasSize(1);
        assertThat(pod.getInitContainers()).isNullOrEmpty();
        assertThat(security.getRunAsNonRoot()).isTrue();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getPrivileged()).isNotEqualTo(true);
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();
        assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getVolumes()).allSatisfy(v -> assertThat(v.getHostPath()).isNull());
        assertThat(pod.getHostNetwork()).isNotEqualTo(true);
    }

    @Test
    void onlyTmpIsWritableAndTheProfilesAreMountedReadOnly() throws IOException {
        V1PodSpec pod = pod().getSpec();
        Map<String, V1VolumeMount> mounts = new LinkedHashMap<>();
        pod.getContainers().get(0).getVolumeMounts().forEach(m -> mounts.put(m.getMountPath(), m));

        assertThat(mounts.keySet()).containsExactly("/profiles", "/tmp");
        assertThat(mounts.get("/profiles").getReadOnly()).isTrue();
        V1Volume tmp = pod.getVolumes().stream()
                .filter(v -> v.getName().equals(mounts.get("/tmp").getName()))
                .findFirst()
                .orElseThrow();
        assertThat(tmp.getEmptyDir()).isNotNull();
    }

    @Test
    void itSignsInWithWorkloadIdentity() throws IOException {
        Map<String, Object> objects = objects(Files.readString(EXAMPLE));
        V1ServiceAccount account = (V1ServiceAccount) objects.get("ServiceAccount/cloudsync");
        V1PodTemplateSpec pod = pod();

        assertThat(account.getMetadata().getAnnotations()).containsKey("azure.workload.identity/client-id");
        assertThat(pod.getSpec().getServiceAccountName())
                .isEqualTo(account.getMetadata().getName());
        assertThat(pod.getMetadata().getLabels()).containsEntry("azure.workload.identity/use", "true");
        assertThat(pod.getSpec().getContainers().get(0).getArgs()).containsSequence("--auth", "workload-identity");
        assertThat(pod.getSpec().getContainers().get(0).getEnvFrom()).isNullOrEmpty();
    }

    @Test
    void theConfigMapsProfilesAreValid() throws IOException {
        V1ConfigMap profiles = (V1ConfigMap) objects(Files.readString(EXAMPLE)).get("ConfigMap/cloudsync-profiles");
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> entry : profiles.getData().entrySet()) {
            Path file = folder.resolve(entry.getKey());
            Files.writeString(file, entry.getValue());
            files.add(file.toString());
        }
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(files);

        CliRun.Result result = new CliRun(Map.of()).run(args.toArray(String[]::new));

        assertThat(files).isNotEmpty();
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    private static V1PodTemplateSpec pod() throws IOException {
        V1CronJob cronJob = (V1CronJob) objects(Files.readString(EXAMPLE)).get("CronJob/cloudsync-drift");
        return cronJob.getSpec().getJobTemplate().getSpec().getTemplate();
    }

    /** Each YAML document as its Kubernetes type, keyed by kind/name; an unknown kind or field throws. */
    static Map<String, Object> objects(String yaml) throws IOException {
        Map<String, Object> objects = new LinkedHashMap<>();
        try (var documents = YAML.readValues(YAML.createParser(yaml), JsonNode.class)) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                String json = document.toString();
                String kind = document.path("kind").asString();
                Object object = switch (kind) {
                    case "Namespace" -> V1Namespace.fromJson(json);
                    case "ServiceAccount" -> V1ServiceAccount.fromJson(json);
                    case "ConfigMap" -> V1ConfigMap.fromJson(json);
                    case "CronJob" -> V1CronJob.fromJson(json);
                    default -> throw new IllegalArgumentException("an object of kind " + kind);
                };
                objects.put(kind + "/" + document.at("/metadata/name").asString(), object);
            }
        }
        return objects;
    }
}
