#!/usr/bin/env bash
# The image command: a container image of every service that exists and of the gateway, built with the
# .NET SDK's container support (eng/containers.props) into OCI archives under artifacts/images/ — no
# Docker engine needed. Loads them into a kind or k3d cluster when one is there.
#
#   eng/images.sh                     build them all on the local Debian base (see below), load into kind/k3d
#   eng/images.sh --only intake,gateway
#   eng/images.sh --base mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra   (CI with internet)
#   eng/images.sh --list              name, repository:tag and project of each image, one a line
#
# Options: --tag T (default: the chart's appVersion, so the chart's default image tags name these images),
# --output DIR (default artifacts/images), --cluster NAME (kind/k3d cluster to load into), --no-load.
# ONEWINDOW_BASE_IMAGE does what --base does. The base image is one setting (ContainerBaseImage):
#   local    (default) a base from Debian packages (mmdebstrap, umoci), served by a registry on loopback for
#            the duration of the build; works on any Debian machine that reaches Debian's package mirror.
#   default  whatever eng/containers.props says (Microsoft's chiseled runtime-deps).
#   <image>  any other image reference.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source eng/lib/prerequisites.sh

base="${ONEWINDOW_BASE_IMAGE:-local}"
only=""; tag=""; output="$root/artifacts/images"; cluster=""; load=yes; list=""
while [ $# -gt 0 ]; do
  case "$1" in
    --only) only="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    --tag) tag="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    --cluster) cluster="$2"; shift 2 ;;
    --no-load) load=""; shift ;;
    --list) list=yes; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

chart_app_version() { sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\} *$/\1/p' charts/onewindow/Chart.yaml; }
tag="${tag:-$(chart_app_version)}"
[ -n "$tag" ] || { echo "No tag: charts/onewindow/Chart.yaml has no appVersion and --tag was not given." >&2; exit 1; }

# Every folder services/<name>/src/<web project> is a service that exists (as eng/run.sh finds them), and
# the gateway. The image name is the service's folder name: onewindow/<name> (eng/containers.props).
discover_images() {
  local dir name
  for dir in services/*/src/*/; do
    name="$(basename "$(dirname "$(dirname "$dir")")")"
    [ "$name" = "shared" ] && continue
    grep -qs 'Sdk="Microsoft.NET.Sdk.Web"' "$dir"*.csproj && echo "$name ${dir%/}/$(basename "$dir").csproj"
  done
  [ -f gateway/src/OneWindow.Gateway/OneWindow.Gateway.csproj ] && echo "gateway gateway/src/OneWindow.Gateway/OneWindow.Gateway.csproj"
  return 0
}

selected=()
while read -r name project; do
  if [ -z "$only" ] || [[ ",$only," == *",$name,"* ]]; then selected+=("$name $project"); fi
done < <(discover_images)
if [ -n "$only" ]; then
  for wanted in ${only//,/ }; do
    printf '%s\n' "${selected[@]}" | grep -q "^$wanted " || { echo "No deployable project for '$wanted'." >&2; exit 2; }
  done
fi

if [ -n "$list" ]; then
  for entry in "${selected[@]}"; do
    set -- $entry
    echo "$1 onewindow/$1:$tag $2"
  done
  exit 0
fi

ensure_dotnet
mkdir -p "$output"
logs="$output/logs"; mkdir -p "$logs"
# The local base is built once per checkout, whatever --output says.
cache="$root/artifacts/images/base"; mkdir -p "$cache"
# One build at a time per checkout: the base image and the build outputs are shared.
exec 9>"$cache/.lock"
flock 9

registry_pid=""; registry_dir=""
cleanup() {
  if [ -n "$registry_pid" ]; then kill "$registry_pid" 2>/dev/null || true; wait "$registry_pid" 2>/dev/null || true; fi
  [ -n "$registry_dir" ] && rm -rf "$registry_dir"
  return 0
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'; }

# The local base: Debian bookworm's essential packages plus what a self-contained .NET app needs (ICU for
# zh-CN collation, OpenSSL, tzdata for Asia/Shanghai, CA certificates), user app (1654) as in Microsoft's
# images. Built once into artifacts/images/base/<recipe hash> and reused while the recipe is unchanged.
base_packages="ca-certificates,libicu72,libssl3,tzdata,libstdc++6,zlib1g"
build_local_base() {
  local recipe hash dir
  recipe="bookworm essential $base_packages user=1654 no-docs v3"
  hash="$(echo "$recipe" | sha256sum | cut -c1-12)"
  dir="$cache/$hash"
  find "$cache" -mindepth 1 -maxdepth 1 ! -name "$hash" -exec rm -rf {} + 2>/dev/null || true
  if [ ! -f "$dir/oci/index.json" ] || ! umoci stat --image "$dir/oci:base" >/dev/null 2>&1; then
    echo "Building the base image from Debian packages ($base_packages)..." >&2
    rm -rf "$dir" && mkdir -p "$dir"
    mmdebstrap --quiet --variant=essential --include="$base_packages" \
      --customize-hook='echo "app:x:1654:1654::/home/app:/usr/sbin/nologin" >> "$1/etc/passwd"' \
      --customize-hook='echo "app:x:1654:" >> "$1/etc/group"' \
      --customize-hook='mkdir -p "$1/home/app" && chown 1654:1654 "$1/home/app"' \
      --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/* "$1"/usr/share/doc/* "$1"/usr/share/man/* "$1"/usr/share/info/* "$1"/usr/share/locale/*' \
      bookworm "$dir/rootfs.tar" >"$logs/base.log" 2>&1 || { tail -n 20 "$logs/base.log" >&2; return 1; }
    umoci init --layout "$dir/oci"
    umoci new --image "$dir/oci:base"
    # umoci compresses the layer itself: it takes the tar as it is (a gzipped tar would become a layer that is
    # gzip inside gzip, which no runtime unpacks).
    umoci raw add-layer --image "$dir/oci:base" "$dir/rootfs.tar"
    umoci config --image "$dir/oci:base" --config.user 1654 --config.workingdir /app \
      --config.env APP_UID=1654 --config.env DOTNET_RUNNING_IN_CONTAINER=true \
      --config.label org.opencontainers.image.description="OneWindow base: Debian bookworm runtime-deps"
    rm -f "$dir/rootfs.tar"
  fi
  echo "$dir/oci"
}

# Serves the local base from a registry on loopback for this run (stopped on exit); sets base_reference.
# The SDK talks plain HTTP only to 'localhost' registries, so the reference names localhost.
serve_local_base() {
  local layout="$1" port
  port="$(free_port)"
  registry_dir="$(mktemp -d)"
  cat >"$registry_dir/config.yml" <<YAML
version: 0.1
log: { level: error }
storage: { filesystem: { rootdirectory: $registry_dir/data } }
http: { addr: 127.0.0.1:$port }
YAML
  docker-registry serve "$registry_dir/config.yml" >"$logs/registry.log" 2>&1 9>&- &
  registry_pid=$!
  for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$port/v2/" >/dev/null 2>&1 && break; sleep 0.1; done
  skopeo copy --quiet --dest-tls-verify=false "oci:$layout:base" "docker://127.0.0.1:$port/onewindow/base:bookworm" >&2
  base_reference="localhost:$port/onewindow/base:bookworm"
}

base_property=()
case "$base" in
  local)
    ensure_image_tools
    layout="$(build_local_base)"
    serve_local_base "$layout"
    base_property=("-p:ContainerBaseImage=$base_reference") ;;
  default) ;;
  *) base_property=("-p:ContainerBaseImage=$base") ;;
esac

built=()
for entry in "${selected[@]}"; do
  set -- $entry
  name="$1"; project="$2"; archive="$output/$name.tar"
  echo "$name: publishing onewindow/$name:$tag (${base_property[0]:-default base})"
  rm -f "$archive"
  started=$SECONDS
  dotnet publish "$project" -c Release -nologo -v quiet -p:PublishProfile=DefaultContainer \
    "${base_property[@]}" -p:ContainerImageTag="$tag" -p:ContainerArchiveOutputPath="$archive" \
    >"$logs/$name.log" 2>&1 9>&- || { tail -n 40 "$logs/$name.log" >&2; exit 1; }
  echo "$name: $archive ($(du -m "$archive" | cut -f1) MiB, $((SECONDS - started)) s)"
  built+=("$name")
done

# Load into a local cluster when one is there (the Tiltfile's loop, or a developer's kind/k3d).
load_into() { # tool, list of clusters
  local target="${cluster:-$(echo "$2" | head -n 1)}" name
  [ -n "$target" ] && echo "$2" | grep -qx "$target" || return 1
  for name in "${built[@]}"; do
    case "$1" in
      kind) kind load image-archive "$output/$name.tar" --name "$target" ;;
      k3d) k3d image import "$output/$name.tar" --cluster "$target" ;;
    esac
  done
  echo "Loaded ${built[*]} into $1 cluster $target."
}
if [ -n "$load" ]; then
  if command -v kind >/dev/null; then load_into kind "$(kind get clusters 2>/dev/null)" || true; fi
  if command -v k3d >/dev/null; then load_into k3d "$(k3d cluster list --no-headers 2>/dev/null | awk '{print $1}')" || true; fi
fi
