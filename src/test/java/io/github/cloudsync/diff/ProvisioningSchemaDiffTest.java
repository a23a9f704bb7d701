package io.github.cloudsync.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.flipkart.zjsonpatch.Jackson3JsonPatch;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.AttributeMapping;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.MappedObjectType;
import io.github.cloudsync.model.MappingFlow;
import io.github.cloudsync.model.MappingRemoval;
import io.github.cloudsync.model.MappingSource;
import io.github.cloudsync.model.ObjectMappings;
import io.github.cloudsync.model.ProfilePosition;
import io.github.cloudsync.model.Scope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The schema comparison as table tests on small schemas: named and exact mode, order, scope, problems, notices. */
class ProvisioningSchemaDiffTest {
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final ProfilePosition AT = new ProfilePosition("p.yaml", 12, 19);
    private static final String SALES = "OU=Sales,DC=contoso,DC=com";

    /** A schema with one rule, the user->User mapping holding {@code targets} (source [lower-cased target]). */
    private static ObjectNode schema(String... targets) {
        ObjectNode schema = JSON.createObjectNode();
        ObjectNode rule = schema.putArray("synchronizationRules").addObject();
        rule.put("id", "6c409270-f78a-4bc6-af23-7cf3ab6482fe");
        rule.put("name", "AD2AADProvisioning");
        rule.put("sourceDirectoryName", "Active Directory");
        rule.put("targetDirectoryName", "Microsoft Entra ID");
        ObjectNode user = rule.putArray("objectMappings").addObject();
        user.put("sourceObjectName", "user");
        user.put("targetObjectName", "User");
        ArrayNode mappings = user.putArray("attributeMappings");
        for (String target : targets) {
            ObjectNode m = mappings.addObject();
            m.put("flowType", "Always");
            m.put("targetAttributeName", target);
            m.set("source", SourceTrees.tree(MappingSource.attribute(target.toLowerCase(java.util.Locale.ROOT))));
        }
        ArrayNode directories = schema.putArray("directories");
        directory(directories, "Active Directory", "user", "department", "company", "pager", "mobile", "mail");
        directory(directories, "Microsoft Entra ID", "User", "Department", "Pager", "Mobile", "Mail", "CredentialData");
        return schema;
    }

    private static void directory(ArrayNode directories, String name, String object, String... attributes) {
        ObjectNode d = directories.addObject().put("name", name);
        ArrayNode a = d.putArray("objects").addObject().put("name", object).putArray("attributes");
        for (String attribute : attributes) {
            a.addObject().put("name", attribute);
        }
    }

    private static SchemaWants wants(AttributeMappings.Mode mode, Optional<Scope> scope, ObjectMappings... objects) {
        return new SchemaWants(false, scope, new AttributeMappings(mode, List.of(objects)), AccidentalDeletes.DEFAULT);
    }

    private static ObjectMappings user(List<AttributeMapping> set, String... removed) {
        return new ObjectMappings(
                MappedObjectType.USER,
                set,
                java.util.Arrays.stream(removed)
                        .map(r -> new MappingRemoval(r, AT))
                        .toList());
    }

    private static AttributeMapping set(String target, MappingSource source) {
        return new AttributeMapping(target, source, MappingFlow.ALWAYS, AT);
    }

    private static JsonNode applied(JsonNode schema, ProvisioningSchemaDiff.Result result) {
        return Jackson3JsonPatch.apply(result.patch(), schema);
    }

    @Test
    void namedModeChangesOnlyWhatTheProfileNamesAndConvergesInAnyOrder() {
        ObjectNode live = schema("Department", "Pager", "Mobile");
        SchemaWants wants = wants(
                AttributeMappings.Mode.NAMED,
                Optional.empty(),
                user(
                        List.of(
                                set("Department", MappingSource.constant("Sales")),
                                set("Mail", MappingSource.attribute("mail"))),
                        "Pager"));
        ProvisioningSchemaDiff.Result result = ProvisioningSchemaDiff.compare(live, Optional.empty(), wants);
        assertThat(result.changes())
                .extracting(Object::toString)
                .containsExactly(
                        "MappingChanged[objectType=user, target=Department, beforeExpression=[department],"
                                + " afterExpression=\"Sales\", beforeFlowType=Always, afterFlowType=Always]",
                        "MappingAdded[objectType=user, target=Mail, expression=[mail], flowType=Always]",
                        "MappingRemoved[objectType=user, target=Pager, expression=[pager]]");
        JsonNode after = applied(live, result);
        assertThat(after.at("/synchronizationRules/0/objectMappings/0/attributeMappings")
                        .findValuesAsString("targetAttributeName"))
                .containsExactly("Department", "Mobile", "Mail");
        assertThat(after.path("directories")).isEqualTo(live.path("directories"));
        // the backend sorts the mappings: in another order the same set is no difference
        ArrayNode reversed = JSON.createArrayNode();
        JsonNode mappings = after.at("/synchronizationRules/0/objectMappings/0/attributeMappings");
        for (int i = mappings.size() - 1; i >= 0; i--) {
            reversed.add(mappings.get(i));
        }
        ((ObjectNode) after.at("/synchronizationRules/0/objectMappings/0")).set("attributeMappings", reversed);
        assertThat(ProvisioningSchemaDiff.compare(after, Optional.empty(), wants)
                        .patch())
                .isEmpty();
    }

    @Test
    void aChangedSourceIsOneReplaceOfTheWholeSource() {
        ObjectNode live = schema("Department");
        MappingSource join = new MappingSource(
                MappingSource.Type.FUNCTION,
                "Join",
                "Join(\" \", [department], [company])",
                List.of(
                        new MappingSource.Parameter("separator", MappingSource.constant(" ")),
                        new MappingSource.Parameter("source", MappingSource.attribute("department")),
                        new MappingSource.Parameter("source", MappingSource.attribute("company"))));
        ProvisioningSchemaDiff.Result result = ProvisioningSchemaDiff.compare(
                live,
                Optional.empty(),
                wants(AttributeMappings.Mode.NAMED, Optional.empty(), user(List.of(set("Department", join)))));
        assertThat(result.patch()).hasSize(1);
        assertThat(result.patch().get(0).path("op").asString()).isEqualTo("replace");
        assertThat(result.patch().get(0).path("path").asString())
                .isEqualTo("/synchronizationRules/0/objectMappings/0/attributeMappings/0/source");
        assertThat(result.patch().get(0).path("value")).isEqualTo(SourceTrees.tree(join));
    }

    @Test
    void exactModePutsBackWhatDiffersFromTheTemplateAndNotTheOrder() {
        ObjectNode template = schema("Department", "Pager", "Mobile");
        ObjectNode live = schema("Mobile", "Department", "Mail");
        ProvisioningSchemaDiff.Result result = ProvisioningSchemaDiff.compare(
                live, Optional.of(template), wants(AttributeMappings.Mode.EXACT, Optional.empty()));
        assertThat(result.changes())
                .extracting(Object::toString)
                .containsExactly(
                        "MappingRemoved[objectType=user, target=Mail, expression=[mail]]",
                        "MappingAdded[objectType=user, target=Pager, expression=[pager], flowType=Always]");
        JsonNode after = applied(live, result);
        assertThat(ProvisioningSchemaDiff.compare(
                                after, Optional.of(template), wants(AttributeMappings.Mode.EXACT, Optional.empty()))
                        .patch())
                .isEmpty();
        assertThat(result.unmanaged()).isEmpty();
    }

    @Test
    void namedModeReportsMappingsThatDifferFromTheDefaultAsUnmanaged() {
        ObjectNode template = schema("Department", "Pager", "Mobile");
        ObjectNode live = schema("Department", "Mail", "Mobile");
        ((ObjectNode) live.at("/synchronizationRules/0/objectMappings/0/attributeMappings/2"))
                .set("source", SourceTrees.tree(MappingSource.constant("none")));
        ProvisioningSchemaDiff.Result result = ProvisioningSchemaDiff.compare(
                live,
                Optional.of(template),
                wants(
                        AttributeMappings.Mode.NAMED,
                        Optional.empty(),
                        user(List.of(set("Department", MappingSource.attribute("department"))))));
        assertThat(result.patch()).isEmpty();
        assertThat(result.unmanaged())
                .extracting(u -> u.target() + " " + u.kind())
                .containsExactly("Mail ADDED", "Mobile CHANGED", "Pager REMOVED");
    }

    @Test
    void theScopeIsWrittenInPlaceAndComparedWithoutCaseOrSpaces() {
        ObjectNode live = schema("Department");
        Optional<Scope> sales = Optional.of(new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, List.of(SALES)));
        ProvisioningSchemaDiff.Result added =
                ProvisioningSchemaDiff.compare(live, Optional.empty(), wants(AttributeMappings.Mode.NAMED, sales));
        assertThat(added.changes()).containsExactly(new SchemaChange.ScopeChanged(Optional.empty(), sales));
        assertThat(((SchemaChange.ScopeChanged) added.changes().get(0)).narrows())
                .isTrue();
        JsonNode after = applied(live, added);
        assertThat(after.at("/synchronizationRules/0/containerFilter/includedContainers/0")
                        .asString())
                .isEqualTo(SALES);
        Optional<Scope> spelled =
                Optional.of(new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, List.of("ou=sales, dc=Contoso, dc=com")));
        assertThat(ProvisioningSchemaDiff.compare(after, Optional.empty(), wants(AttributeMappings.Mode.NAMED, spelled))
                        .patch())
                .isEmpty();
        ProvisioningSchemaDiff.Result removed = ProvisioningSchemaDiff.compare(
                after, Optional.empty(), wants(AttributeMappings.Mode.NAMED, Optional.empty()));
        assertThat(applied(after, removed).at("/synchronizationRules/0/containerFilter/includedContainers"))
                .as("emptied, the rule's shape kept")
                .isEmpty();
        assertThat(((SchemaChange.ScopeChanged) removed.changes().get(0)).narrows())
                .isFalse();
    }

    @Test
    void narrowingIsToldFromWidening() {
        Scope both = new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, List.of(SALES, "OU=Marketing,DC=contoso,DC=com"));
        Scope sales = new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, List.of(SALES));
        Scope east = new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, List.of("OU=East," + SALES));
        Scope pilot = new Scope(Scope.Kind.GROUPS, List.of("CN=Pilot,DC=contoso,DC=com"));
        assertThat(ScopeFilters.narrows(Optional.of(both), Optional.of(sales))).isTrue();
        assertThat(ScopeFilters.narrows(Optional.of(sales), Optional.of(both))).isFalse();
        assertThat(ScopeFilters.narrows(Optional.of(sales), Optional.of(east))).isTrue();
        assertThat(ScopeFilters.narrows(Optional.of(east), Optional.of(sales))).isFalse();
        assertThat(ScopeFilters.narrows(Optional.of(sales), Optional.empty())).isFalse();
        assertThat(ScopeFilters.narrows(Optional.of(sales), Optional.of(pilot))).isTrue();
    }

    @Test
    void targetsAndSourceAttributesTheSchemaLacksAreProblemsAtTheProfilePosition() {
        ObjectNode live = schema("Department");
        ProvisioningSchemaDiff.Result result = ProvisioningSchemaDiff.compare(
                live,
                Optional.empty(),
                wants(
                        AttributeMappings.Mode.NAMED,
                        Optional.empty(),
                        user(List.of(set("Departmnt", MappingSource.attribute("compnay"))))));
        assertThat(result.problems())
                .extracting(SchemaProblem::formatted)
                .containsExactly(
                        "p.yaml:12:19: user.Departmnt: User has no attribute Departmnt in the schema\n"
                                + "  hint: did you mean 'Department'? targets are spelled as the schema spells them",
                        "p.yaml:12:19: [compnay]: user has no attribute compnay in the schema\n"
                                + "  hint: did you mean 'company'?");
    }

    @Test
    void aProfileWithoutScopeOrMappingsMakesTheCredentialDataEditAlone() {
        ObjectNode live = schema("Department");
        SchemaWants wants = new SchemaWants(true, Optional.empty(), AttributeMappings.NONE, AccidentalDeletes.DEFAULT);
        ProvisioningSchemaDiff.Result result = ProvisioningSchemaDiff.compare(live, Optional.empty(), wants);
        assertThat(result.patch()).isEqualTo(CredentialDataEdit.patch(live, true));
        assertThat(result.changes()).isEmpty();
        assertThat(result.credentialData()).hasSize(1);
    }
}
