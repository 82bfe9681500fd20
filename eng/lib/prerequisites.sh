#!/usr/bin/env bash
# Installs what the run and test commands need from the OS packages, where it is missing.
# Sourced by eng/run.sh and eng/test.sh; nothing is installed by hand.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

postgres_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$dir/postgres" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

ensure_servers() {
  local missing=()
  postgres_bindir >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v curl >/dev/null || missing+=(curl)
  # eng/smoke.sh reads the gateway's answers and the event streams with these.
  command -v jq >/dev/null || missing+=(jq)
  command -v redis-cli >/dev/null || missing+=(redis-tools)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from the OS packages..."
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  # initdb and postgres refuse to run as root: servers started as root run as this user.
  id postgres >/dev/null 2>&1 || as_root useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null; then
    echo "The .NET SDK is required (see global.json for the version)." >&2
    exit 1
  fi
}
