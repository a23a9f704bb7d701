package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 200 concurrent requests over 20 service principals leave consistent state: no lost update. */
class ConcurrencyTest {
    private static final List<String> KEYS =
            List.of("BaseAddress", "ClientIdentifier", "SyncAll", "InstanceName", "Url");

    @Test
    void concurrentJobCreatesAndSecretPutsAreAllKept() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(0)) {
            GraphHttp graph = new GraphHttp(emulator.baseUri());
            List<String> sps = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sps.add(graph.instantiate("domain" + i + ".com"));
            }
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String sp : sps) {
                for (int i = 0; i < 5; i++) {
                    calls.add(() -> graph.post(
                                    "/beta/servicePrincipals/" + sp + "/synchronization/jobs",
                                    "{\"templateId\":\"AD2AADProvisioning\"}")
                            .status());
                    String key = KEYS.get(i);
                    calls.add(() -> graph.put(
                                    "/beta/servicePrincipals/" + sp + "/synchronization/secrets",
                                    "{\"value\":[{\"key\":\"" + key + "\",\"value\":\"" + key + "-" + sp + "\"}]}")
                            .status());
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(50);
            List<Integer> statuses = new ArrayList<>();
            try {
                for (Future<Integer> result : pool.invokeAll(calls)) {
                    statuses.add(result.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(statuses).hasSize(200).containsOnly(201, 204);

            JsonNode state = new EmulatorControl(emulator.baseUri()).state();
            Set<String> jobIds = new HashSet<>();
            for (JsonNode sp : state.path("servicePrincipals")) {
                JsonNode sync = sp.path("synchronization");
                assertThat(sync.path("jobs")).hasSize(5);
                sync.path("jobs").forEach(job -> jobIds.add(job.path("id").asString()));
                assertThat(sync.path("secrets").findValuesAsString("key")).containsExactlyInAnyOrderElementsOf(KEYS);
                for (JsonNode secret : sync.path("secrets")) {
                    assertThat(secret.path("value").asString())
                            .endsWith(sp.path("id").asString());
                }
            }
            assertThat(jobIds).hasSize(100);
            assertThat(new EmulatorControl(emulator.baseUri()).requestCount()).isEqualTo(220);
        }
    }
}
