package io.github.cloudsync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.ActionOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The waits apply keeps between the steps it runs at the same time, by address, for the plans that matter. */
class StepDependenciesTest {
    private static final String ORG = "11111111-1111-1111-1111-111111111111";

    @Test
    void anEmptyTenantsStepsWaitOnlyForWhatTheirGraphCallsNeed() {
        List<Action> plan = ActionOrder.sort(List.of(
                new Action.SetDirectorySync(ORG, false, true),
                new Action.CreateServicePrincipal("contoso.com"),
                new Action.CreateJob(JobTemplate.PROVISIONING),
                new Action.CreateJob(JobTemplate.PASSWORD_HASH),
                new Action.CreateJob(JobTemplate.EXCHANGE_WRITEBACK),
                new Action.DiscoverDirectory("Active Directory", "user", "mailNickName"),
                new Action.StartJob(JobTemplate.PROVISIONING, ScheduleState.DISABLED, true),
                new Action.StartJob(JobTemplate.EXCHANGE_WRITEBACK, ScheduleState.DISABLED, true)));

        Map<String, Set<String>> waits = waits(plan);

        assertThat(waits.get(Action.SERVICE_PRINCIPAL)).isEmpty();
        assertThat(waits.get(Action.TENANT_DIRECTORY_SYNC)).containsExactly(Action.SERVICE_PRINCIPAL);
        assertThat(waits.get("job/AD2AADProvisioning")).containsExactly(Action.SERVICE_PRINCIPAL);
        assertThat(waits.get("job/AD2AADPasswordHash"))
                .as("job creations of different templates at the same time")
                .containsExactly(Action.SERVICE_PRINCIPAL);
        assertThat(waits.get("job/AAD2ADExchangeHybridWriteback"))
                .containsExactlyInAnyOrder(Action.SERVICE_PRINCIPAL, Action.DiscoverDirectory.ADDRESS);
        assertThat(waits.get(Action.DiscoverDirectory.ADDRESS)).containsExactly("job/AD2AADProvisioning");
        Set<String> leavingChecks = Set.of(
                Action.SERVICE_PRINCIPAL,
                "job/AD2AADProvisioning",
                "job/AD2AADPasswordHash",
                "job/AAD2ADExchangeHybridWriteback");
        assertThat(waits.get("job/AD2AADProvisioning/state"))
                .as("no job starts before directory sync is on and every step that leaves a check was checked")
                .containsAll(leavingChecks)
                .contains(Action.TENANT_DIRECTORY_SYNC);
        assertThat(waits.get("job/AAD2ADExchangeHybridWriteback/state"))
                .containsAll(leavingChecks)
                .contains(Action.TENANT_DIRECTORY_SYNC);
        Map<String, Set<String>> checked = checked(plan);
        assertThat(checked.get(Action.TENANT_DIRECTORY_SYNC))
                .as("directory sync is turned on only for a service principal that is this run's")
                .containsExactly(Action.SERVICE_PRINCIPAL);
        assertThat(checked.get("job/AD2AADProvisioning/state")).isEqualTo(leavingChecks);
        assertThat(checked.get("job/AD2AADPasswordHash")).isEmpty();
        assertThat(checked.get(Action.DiscoverDirectory.ADDRESS))
                .as("the next writes wait for a step's write, not its check")
                .isEmpty();
    }

    @Test
    void turningDirectorySyncOffComesBeforeEveryOtherStep() {
        List<Action> plan = ActionOrder.sort(List.of(
                new Action.SetDirectorySync(ORG, true, false),
                new Action.PauseJob(JobTemplate.PROVISIONING, ScheduleState.ACTIVE),
                new Action.PauseJob(JobTemplate.PASSWORD_HASH, ScheduleState.ACTIVE)));

        Map<String, Set<String>> waits = waits(plan);

        assertThat(waits.get(Action.TENANT_DIRECTORY_SYNC)).isEmpty();
        assertThat(waits.get("job/AD2AADProvisioning/state")).containsExactly(Action.TENANT_DIRECTORY_SYNC);
        assertThat(waits.get("job/AD2AADPasswordHash/state")).containsExactly(Action.TENANT_DIRECTORY_SYNC);
    }

    @Test
    void stepsOfAConfiguredTenantThatDoNotDependOnEachOtherWaitForNothing() {
        List<Action> plan = ActionOrder.sort(List.of(
                new Action.StartJob(JobTemplate.PROVISIONING, ScheduleState.PAUSED, false),
                new Action.StartJob(JobTemplate.PASSWORD_HASH, ScheduleState.PAUSED, false)));

        assertThat(waits(plan))
                .allSatisfy((address, before) -> assertThat(before).isEmpty());
    }

    private static Map<String, Set<String>> waits(List<Action> plan) {
        return byAddress(plan, StepDependencies.of(plan).waitsFor());
    }

    private static Map<String, Set<String>> checked(List<Action> plan) {
        return byAddress(plan, StepDependencies.of(plan).checkedFirst());
    }

    private static Map<String, Set<String>> byAddress(List<Action> plan, List<Set<Integer>> indexes) {
        Map<String, Set<String>> byAddress = new TreeMap<>();
        for (int i = 0; i < plan.size(); i++) {
            byAddress.put(
                    plan.get(i).address(),
                    indexes.get(i).stream()
                            .map(index -> plan.get(index).address())
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        return byAddress;
    }
}
