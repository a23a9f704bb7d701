package io.github.cloudsync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.SecretValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Actions run in topological order of after(), ties by address; the input order never matters. */
class ActionOrderTest {
    private static final Action SYNC = new Action.SetDirectorySync("t", null, true);
    private static final Action SP = new Action.CreateServicePrincipal("contoso.com");
    private static final Action JOB = new Action.CreateJob(JobTemplate.PROVISIONING);
    private static final Action SCHEMA =
            new Action.PutSchema(JobTemplate.PROVISIONING, Optional.empty(), true, List.of());
    private static final Action SECRETS =
            new Action.PutSecrets(List.of(new SecretValue.Domain("contoso.com")), List.of(), true);
    private static final Action START = new Action.StartJob(JobTemplate.PROVISIONING, ScheduleState.DISABLED, true);

    @Test
    void dependenciesFirstThenAddresses() {
        List<Action> expected = List.of(SYNC, SP, JOB, SCHEMA, SECRETS, START);

        assertThat(ActionOrder.sort(List.of(START, SECRETS, SCHEMA, JOB, SP, SYNC)))
                .containsExactlyElementsOf(expected);
        assertThat(ActionOrder.sort(List.of(SP, START, SYNC, JOB, SECRETS, SCHEMA)))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void discoverFollowsTheSecretsWriteAndPrecedesTheExchangeJob() {
        Action discover = new Action.DiscoverDirectory("Active Directory", "user", "mailNickname");
        Action exchange = new Action.CreateJob(JobTemplate.EXCHANGE_WRITEBACK);

        assertThat(ActionOrder.sort(List.of(exchange, discover, SECRETS, SCHEMA, JOB, SP)))
                .containsExactly(SP, JOB, SCHEMA, SECRETS, discover, exchange);
    }

    @Test
    void dependenciesOutsideThePlanAreIgnored() {
        assertThat(ActionOrder.sort(List.of(START, SECRETS))).containsExactly(SECRETS, START);
    }

    @Test
    void duplicateAddressesAreRefused() {
        assertThatThrownBy(() -> ActionOrder.sort(List.of(JOB, new Action.CreateJob(JobTemplate.PROVISIONING))))
                .hasMessageContaining("job/AD2AADProvisioning");
    }
}
