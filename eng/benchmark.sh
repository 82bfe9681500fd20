#!/usr/bin/env bash
# Runs the bounded load driver (tests/OneWindow.Benchmarks) and writes artifacts/benchmarks/results.md.
# Usage: eng/benchmark.sh [bus] [gateway] [eligibility] [catalogue]   (default: all but catalogue, which needs eng/run.sh running)
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/lib/prerequisites.sh
ensure_servers
dotnet build OneWindow.slnx -c Release -v quiet -nologo
dotnet run -c Release --no-build --project tests/OneWindow.Benchmarks -- "$@"
