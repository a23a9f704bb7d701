#!/usr/bin/env bash
# Figure 6 of bench/README.md: what users do today next to cloudsync, against one emulator with 50 ms on every request.
# 1. the article's recipe (docs/graph.md section 1.2) as a sequential curl script without waits: the floor of a client
#    that sends one call at a time; its requests are the recipe's for profiles/full.yaml (the organization flag,
#    instantiate, two jobs, one secrets PUT with every value, the schema read and write, discover, the writeback job,
#    three starts);
# 2. the same with the two 30-second waits of Microsoft's own script (Azure/missionlz,
#    src/add-ons/arcgis-pro/artifacts/New-EntraCloudSyncConfiguration.ps1: after the secrets PUT and before the
#    starts; docs/graph.md section 4.2): measured as 1, plus the 60 s added, since a sleep is not work;
# 3. `bin/cloudsync apply` of profiles/full.yaml, start-up included (the JDK on the PATH, the launcher's cache).
# Each is timed RUNS times (3 unless set) on the empty tenant, interleaved; the median counts. After every run a
# `cloudsync plan --detailed-exitcode` must find no changes, so both reached the same configuration. JSON on stdout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs=${RUNS:-3}
latency_ms=50
work="$(mktemp -d)"
trap 'kill "${emulator_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
tenant=11111111-1111-1111-1111-111111111111
sed -E "s/^(\s*id:).*/\1 $tenant/" profiles/full.yaml >"$work/full.yaml"
java -jar target/cloudsync.jar emulator --port 0 >"$work/emulator.out" 2>&1 &
emulator_pid=$!
. scripts/emulator-url.sh
url="$(emulator_url "$work/emulator.out")"
control() { curl -fsS -X "$1" -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$url/_emulator/$2"; }

fresh_tenant() { # the empty tenant, the Exchange schema, 50 ms on every request, an empty request log
  control PUT state "@src/test/resources/emulator/empty-tenant.json" >/dev/null
  control DELETE faults >/dev/null
  control PATCH settings '{"exchangeSchema":true}' >/dev/null
  control POST faults "{\"kind\":\"latency\",\"latencyMs\":$latency_ms}" >/dev/null
  control DELETE requests >/dev/null
}

recipe() { # the article's calls for profiles/full.yaml, one after another, as a script would send them
  local g="$url/v1.0" auth="Authorization: Bearer placeholder" json="Content-Type: application/json" sp job phs writeback t
  curl -fsS -o /dev/null -X PATCH -H "$auth" -H "$json" -d '{"onPremisesSyncEnabled":true}' "$g/organization/$tenant"
  sp=$(curl -fsS -X POST -H "$auth" -H "$json" -d '{"displayName":"Fabrikam corp (cloud sync)"}' \
    "$g/applicationTemplates/1a4721b3-e57f-4451-ae87-ef078703ec94/instantiate" | jq -r .servicePrincipal.id)
  job=$(curl -fsS -X POST -H "$auth" -H "$json" -d '{"templateId":"AD2AADProvisioning"}' \
    "$g/servicePrincipals/$sp/synchronization/jobs" | jq -r .id)
  phs=$(curl -fsS -X POST -H "$auth" -H "$json" -d '{"templateId":"AD2AADPasswordHash"}' \
    "$g/servicePrincipals/$sp/synchronization/jobs" | jq -r .id)
  curl -fsS -o /dev/null -X PUT -H "$auth" -H "$json" -d '{"value":[
    {"key":"Domain","value":"{\"domain\":\"corp.fabrikam.com\"}"},
    {"key":"AppKey","value":"{\"appKeyScenario\":\"AD2AADPasswordHash\"}"},
    {"key":"SyncNotificationSettings","value":"{\"Enabled\":true,\"Recipients\":\"identity-ops@fabrikam.com;oncall@fabrikam.com\",\"DeleteThresholdEnabled\":true,\"DeleteThresholdValue\":150}"}]}' \
    "$g/servicePrincipals/$sp/synchronization/secrets"
  curl -fsS -H "$auth" "$g/servicePrincipals/$sp/synchronization/jobs/$job/schema" \
    | jq '(.synchronizationRules[0].objectMappings[] | select(.sourceObjectName == "user" or .sourceObjectName == "inetOrgPerson") | .attributeMappings) += [{"defaultValue":null,"exportMissingReferences":false,"flowBehavior":"FlowWhenChanged","flowType":"Always","matchingPriority":0,"targetAttributeName":"CredentialData","source":{"expression":"[PasswordHash]","name":"PasswordHash","type":"Attribute","parameters":[]}}]' \
    >"$work/schema.json"
  curl -fsS -o /dev/null -X PUT -H "$auth" -H "$json" --data-binary "@$work/schema.json" \
    "$g/servicePrincipals/$sp/synchronization/jobs/$job/schema"
  curl -fsS -o /dev/null -X POST -H "$auth" \
    "$g/servicePrincipals/$sp/synchronization/jobs/$job/schema/directories/ba5b00eb-4c24-41a7-9d57-cd305d47d540/discover"
  writeback=$(curl -fsS -X POST -H "$auth" -H "$json" -d '{"templateId":"AAD2ADExchangeHybridWriteback"}' \
    "$g/servicePrincipals/$sp/synchronization/jobs" | jq -r .id)
  for t in "$job" "$phs" "$writeback"; do
    curl -fsS -o /dev/null -X POST -H "$auth" "$g/servicePrincipals/$sp/synchronization/jobs/$t/start"
  done
}

cloudsync_apply() {
  bin/cloudsync apply -p "$work/full.yaml" --graph-url "$url" --auth none --auto-approve >/dev/null
}

timed() { # timed NAME FUNCTION: one run on a fresh tenant; appends "NAME MS REQUESTS" to the times file
  fresh_tenant
  local start end
  start=$(date +%s%N)
  "$2"
  end=$(date +%s%N)
  local requests
  requests=$(control GET requests | jq '.value | length')
  control DELETE faults >/dev/null
  # the same configuration: cloudsync's plan finds nothing to change after either
  bin/cloudsync plan -p "$work/full.yaml" --graph-url "$url" --auth none --detailed-exitcode >"$work/plan.out" \
    || { echo "side-by-side: after $1 the plan is not empty:" >&2; cat "$work/plan.out" >&2; exit 1; }
  echo "$1 $(( (end - start) / 1000000 )) $requests" >>"$work/times"
}

for _ in $(seq "$runs"); do
  timed recipe recipe
  timed cloudsync cloudsync_apply
done
median() { awk -v n="$1" '$1 == n {print $2}' "$work/times" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
requests() { awk -v n="$1" '$1 == n {print $3}' "$work/times" | sort -n | tail -n 1; }
recipe_ms=$(median recipe)
cloudsync_ms=$(median cloudsync)
waits_ms=$((recipe_ms + 60000))
cat <<JSON
{ "runs": $runs, "latencyMsPerRequest": $latency_ms, "java": "$(java -version 2>&1 | head -n 1 | tr -d '"')",
  "recipeNoWaits": { "wallMs": $recipe_ms, "requests": $(requests recipe), "floorMs": $(( $(requests recipe) * latency_ms )) },
  "recipeWithMissionLzWaits": { "wallMs": $waits_ms, "waitsMs": 60000, "how": "measured without waits, plus 2 x 30 s" },
  "cloudsyncApply": { "wallMs": $cloudsync_ms, "requests": $(requests cloudsync), "startUpIncluded": true },
  "cloudsyncOverRecipe": $(awk "BEGIN{printf \"%.2f\", $cloudsync_ms/$recipe_ms}"),
  "recipeWithWaitsOverCloudsync": $(awk "BEGIN{printf \"%.1f\", $waits_ms/$cloudsync_ms}"),
  "all": [$(awk '{printf "%s{\"run\":\"%s\",\"wallMs\":%s,\"requests\":%s}", (NR>1?",":""), $1, $2, $3}' "$work/times")] }
JSON
