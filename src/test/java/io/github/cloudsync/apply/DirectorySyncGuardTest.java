package io.github.cloudsync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.DirectorySyncOffRefused;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Turning directory sync off needs the flag and, at a terminal, the tenant id typed back; other plans pass as they are. */
class DirectorySyncGuardTest {
    static final String TENANT = "11111111-1111-1111-1111-111111111111";

    final List<String> asked = new ArrayList<>();

    @Test
    void onlyTrueOrUnknownToFalseIsTenantWideAndDestructive() {
        assertThat(new Action.SetDirectorySync(TENANT, true, false).reason())
                .isEqualTo(Reason.DIRECTORY_SYNC_TURNED_OFF);
        assertThat(new Action.SetDirectorySync(TENANT, null, false).tenantWideDestructive())
                .isTrue();
        assertThat(new Action.SetDirectorySync(TENANT, false, true).reason()).isEqualTo(Reason.DIRECTORY_SYNC_DIFFERS);
        assertThat(new Action.SetDirectorySync(TENANT, false, true).tenantWideDestructive())
                .isFalse();
        assertThat(turningOff().tenantWideDestructive()).hasSize(1);
    }

    @Test
    void withoutTheFlagItIsRefusedAndNobodyIsAsked() {
        assertThatThrownBy(() -> DirectorySyncGuard.check(turningOff(), false, Optional.of(typing(TENANT))))
                .isInstanceOfSatisfying(
                        DirectorySyncOffRefused.class,
                        e -> assertThat(e.why()).isEqualTo(DirectorySyncOffRefused.Why.NOT_ALLOWED));
        assertThat(asked).isEmpty();
    }

    @Test
    void atATerminalTheTenantIdMustBeTypedBack() {
        assertThatThrownBy(() -> DirectorySyncGuard.check(turningOff(), true, Optional.of(typing("yes"))))
                .isInstanceOfSatisfying(
                        DirectorySyncOffRefused.class,
                        e -> assertThat(e.why()).isEqualTo(DirectorySyncOffRefused.Why.NOT_CONFIRMED));
        assertThatThrownBy(() -> DirectorySyncGuard.check(turningOff(), true, Optional.of(typing(null))))
                .isInstanceOf(DirectorySyncOffRefused.class);

        DirectorySyncGuard.check(
                turningOff(), true, Optional.of(typing("  " + TENANT.toUpperCase(java.util.Locale.ROOT) + " ")));

        assertThat(asked).containsExactly(TENANT, TENANT, TENANT);
    }

    @Test
    void withoutATerminalTheFlagIsEnough() {
        DirectorySyncGuard.check(turningOff(), true, Optional.empty());

        assertThat(asked).isEmpty();
    }

    @Test
    void aPlanThatDoesNotTurnItOffIsNeitherRefusedNorAsked() {
        Plan on = new Plan(List.of(new Action.SetDirectorySync(TENANT, false, true)), List.of());

        DirectorySyncGuard.check(on, false, Optional.of(typing("no")));
        DirectorySyncGuard.check(Plan.none(), false, Optional.empty());

        assertThat(asked).isEmpty();
    }

    private static Plan turningOff() {
        return new Plan(List.of(new Action.SetDirectorySync(TENANT, true, false)), List.of());
    }

    private UnaryOperator<String> typing(String line) {
        return tenantId -> {
            asked.add(tenantId);
            return line;
        };
    }
}
