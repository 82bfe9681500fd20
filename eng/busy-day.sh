#!/usr/bin/env bash
# The busy-day drill (docs/adr/0036): a morning of the demo centre driven through the run stack's gateway as its people
# would (tickets, windows, acceptances with what is due, first review with returns and a reviewer on leave, approval),
# faster than life, then the director's reform outcomes of the day, as /reform shows them. Start eng/run.sh first.
# Usage: eng/busy-day.sh [--speed 60] [--arrivals 100] [--hours 3.5] [--returns 0.25] [--address http://127.0.0.1:8080/]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/OneWindow.BusyDay -c Release -v quiet -nologo
dotnet run -c Release --no-build --project tests/OneWindow.BusyDay -- "$@"
