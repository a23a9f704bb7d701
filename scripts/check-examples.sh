#!/usr/bin/env bash
# make check-examples: the GitHub action (action.yml) and example workflow (examples/github/) against a real workflow
# validator from the npm registry (@action-validator/cli, the schemas of SchemaStore), after proving that it rejects a
# broken copy; then the tests that read the examples (Kubernetes objects through the Kubernetes API types, commands
# and flags through cloudsync's own command model).
set -euo pipefail
cd "$(dirname "$0")/.."
validator_version=0.6.0
tools=target/tools
validator="$tools/node_modules/.bin/action-validator"
if [ ! -x "$validator" ] || ! grep -q "\"version\": \"$validator_version\"" "$tools/node_modules/@action-validator/cli/package.json"; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error \
    "@action-validator/cli@$validator_version" "@action-validator/core@$validator_version"
fi
validate() { "$validator" "$1" 2> >(grep -v '^WARNING: Glob validation is not yet supported' >&2); }
broken="$(mktemp --suffix=.yml)"
trap 'rm -f "$broken"' EXIT
sed 's/^    runs-on:/    runs_on:/' examples/github/cloudsync.yml >"$broken"
if validate "$broken" >/dev/null 2>&1; then
  echo "check-examples: the validator accepted a workflow whose jobs have no runs-on; it checks nothing" >&2
  exit 1
fi
for file in action.yml examples/github/cloudsync.yml; do
  validate "$file"
  echo "ok   $file"
done
mvn -B -q test -Dtest='ExamplesUseRealCommandsTest,Kubernetes*ExampleTest' -Dsurefire.failIfNoSpecifiedTests=false
echo "ok   examples/kubernetes and the commands in every example"
