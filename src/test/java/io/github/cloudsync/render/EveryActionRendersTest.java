package io.github.cloudsync.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.diff.SchemaChange;
import io.github.cloudsync.diff.SchemaWants;
import io.github.cloudsync.diff.SecretComparison;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.JobChoice;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Scope;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Reason;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every permitted Action subtype, with every reason it can carry, is handled by every renderer: each one words the
 * reason (never the code), and plan.json names the type and the reason code as the schema lists them.
 */
class EveryActionRendersTest {
    private static final String SALES = "OU=Sales,DC=contoso,DC=com";

    /** At least one action of each type, and of each reason each type can carry. */
    private static final List<Action> SAMPLES = List.of(
            new Action.SetDirectorySync("org", null, true),
            new Action.SetDirectorySync("org", true, false),
            new Action.CreateServicePrincipal("contoso.com"),
            new Action.CreateJob(JobTemplate.PASSWORD_HASH),
            new Action.DeleteJob(JobTemplate.EXCHANGE_WRITEBACK, "job-1", false, Optional.empty()),
            new Action.DeleteJob(
                    JobTemplate.PROVISIONING,
                    "job-2",
                    true,
                    Optional.of(new Action.DeleteJob.Kept("job-0", JobChoice.Basis.ACTIVE))),
            new Action.PutSecrets(
                    List.of(new SecretValue.Domain("contoso.com")),
                    List.of(new SecretComparison(SecretKey.DOMAIN, SecretComparison.Status.DIFFERS)),
                    false),
            new Action.PutSecrets(
                    List.of(SecretValue.AppKey.of(true)),
                    List.of(new SecretComparison(SecretKey.APP_KEY, SecretComparison.Status.NOT_READABLE)),
                    true),
            new Action.PutSchema(JobTemplate.PROVISIONING, Optional.empty(), true, List.of()),
            new Action.PutSchema(
                    JobTemplate.PROVISIONING, Optional.of(JsonMapper.shared().createArrayNode()), false, List.of()),
            schemaWrite(Optional.empty(), Optional.of(new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, List.of(SALES)))),
            schemaWrite(Optional.of(new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, List.of(SALES))), Optional.empty()),
            new Action.DiscoverDirectory("Active Directory", "user", "mailNickName"),
            new Action.StartJob(JobTemplate.PROVISIONING, ScheduleState.DISABLED, true),
            new Action.StartJob(JobTemplate.PASSWORD_HASH, ScheduleState.PAUSED, false),
            new Action.PauseJob(JobTemplate.EXCHANGE_WRITEBACK, ScheduleState.ACTIVE));

    /** A schema write that changes the scope (narrowing it when {@code after} is a part of {@code before}). */
    private static Action.PutSchema schemaWrite(Optional<Scope> before, Optional<Scope> after) {
        return new Action.PutSchema(
                JobTemplate.PROVISIONING,
                Optional.of(JsonMapper.shared().createArrayNode()),
                false,
                List.of(new Action.Change("scope", "before", "after", false)),
                new SchemaWants(false, after, AttributeMappings.NONE, AccidentalDeletes.DEFAULT),
                List.of(new SchemaChange.ScopeChanged(before, after)));
    }

    @Test
    void theSamplesCoverEveryActionTypeAndEveryReason() {
        assertThat(SAMPLES.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Action.class.getPermittedSubclasses());
        assertThat(SAMPLES.stream().map(Action::reason).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Reason.class));
    }

    @Test
    void everyRendererWordsEveryReason() {
        for (Action action : SAMPLES) {
            Plan plan = new Plan(List.of(action), List.of());
            String reason = ReasonText.of(action);
            assertThat(reason)
                    .as(action.toString())
                    .isNotBlank()
                    .doesNotContain(action.reason().name());
            assertThat(TextRenderer.render(plan)).contains("# " + reason);
            assertThat(MarkdownRenderer.render(plan)).contains(reason.replace("|", "\\|"));
            JsonNode json = JsonRenderer.tree(plan, "c").get("actions").get(0);
            assertThat(json.get("reason").asString()).isEqualTo(reason);
            assertThat(json.get("type").asString()).isEqualTo(action.getClass().getSimpleName());
            assertThat(json.get("reason_code").asString())
                    .isEqualTo(action.reason().name().toLowerCase(java.util.Locale.ROOT));
            if (action.tenantWideDestructive()) {
                assertThat(TextRenderer.render(plan))
                        .contains("Warning: " + action.address() + " is a tenant-wide destructive change")
                        .contains(DestructiveWarning.TURN_OFF_PAGE);
                assertThat(MarkdownRenderer.render(plan)).contains("> [!CAUTION]", DestructiveWarning.TURN_OFF_PAGE);
                assertThat(json.get("tenant_wide_destructive").asBoolean()).isTrue();
            } else {
                assertThat(TextRenderer.render(plan)).doesNotContain("Warning:");
                assertThat(json.has("tenant_wide_destructive")).isFalse();
            }
        }
    }

    @Test
    void theSchemaListsExactlyTheTypesAndReasonCodes() throws java.io.IOException {
        JsonNode action = JsonMapper.shared()
                .readTree(java.nio.file.Files.readString(java.nio.file.Path.of("schemas/plan.v1.schema.json")))
                .at("/$defs/action/properties");
        Set<String> types = Arrays.stream(Action.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertThat(action.at("/type/enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrderElementsOf(types);
        assertThat(action.at("/reason_code/enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Reason.values())
                        .map(ActionNames::reasonCode)
                        .toList());
    }
}
