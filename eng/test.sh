#!/usr/bin/env bash
# The test command: installs what the tests need, then runs every test of the solution against
# real PostgreSQL and Redis servers that the tests start themselves on free loopback ports.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source eng/lib/prerequisites.sh
ensure_dotnet
ensure_servers
# helm, kubectl, kubernetes-models and the image tools for tests/OneWindow.Deployment.Tests.
ensure_deployment_test_tools
# Chromium and the CJK fonts for the web console's browser tests.
ensure_browser

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

status=0
dotnet test OneWindow.slnx -c Release --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?

# One closing line over all test assemblies: 'N passed, N failed'.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed)))
  skipped=$((skipped + $(count notExecuted)))
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
