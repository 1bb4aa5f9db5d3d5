#!/usr/bin/env bash
# docker-compose.yml with podman, where there is no Docker engine and no public container registry
# (docs/operations.md, "Without Docker: podman"). Run as root, from anywhere:
#
#   ops/podman-stack.sh up                                   base images, the image, then the stack
#   ops/podman-stack.sh up --scale stream=3 --scale ingest=2 any `docker-compose up` options
#   ops/podman-stack.sh compose ps | logs -f stream | ...    any other docker-compose command
#   ops/podman-stack.sh down                                 stop; add -v to delete the volumes
#   ops/podman-stack.sh images                               only the base images and the image
#
# What it does:
#  1. podman's configuration: /etc/containers/containers.conf gets `default_ulimits = []` (some
#     sandboxes refuse podman's default rlimits) and, on a host with the hybrid cgroup layout that
#     crun refuses, `runtime = "runc"`.
#  2. Base images from Debian's packages: debootstrap (variant minbase) of DW_DEBIAN_SUITE with
#     the packages each image needs, `podman import`ed as localhost/denialwatch-base/NAME:
#     jdk (OpenJDK and Maven: the Dockerfile's build stage), jre (OpenJDK runtime: its runtime
#     stage), postgres (PostgreSQL), prometheus (with wget, which the official image's busybox has). The Java and PostgreSQL versions are read off
#     the Dockerfile and docker-compose.yml. Each root file system is kept as a tar in
#     DW_PODMAN_CACHE (default ~/.cache/denialwatch/podman), keyed by suite and packages, so a
#     later run, or a machine whose podman store was wiped, imports it without debootstrap.
#  3. The denialwatch image: `podman build` of the Dockerfile with BUILD_IMAGE and RUNTIME_IMAGE
#     set to the local bases (docker format, which keeps the HEALTHCHECK).
#  4. docker-compose (Debian's, v1) against podman's Docker-compatible API (`podman system
#     service`, socket DW_PODMAN_SOCKET), with docker-compose.yml plus ops/compose.podman.yml.
#  5. podman runs HEALTHCHECKs from systemd timers; where systemd is not running (containers,
#     sandboxes, CI), a small loop started here runs each container's health check at its interval,
#     so that `depends_on: condition: service_healthy` and `podman ps` health work as with Docker.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${DW_PODMAN_CACHE:-${HOME:-/root}/.cache/denialwatch/podman}
SUITE=${DW_DEBIAN_SUITE:-trixie}
MIRROR=${DW_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SOCKET=${DW_PODMAN_SOCKET:-/run/podman/podman.sock}
export COMPOSE_PROJECT_NAME=${COMPOSE_PROJECT_NAME:-denialwatch}
export COMPOSE_FILE="$ROOT/docker-compose.yml:$ROOT/ops/compose.podman.yml"
export DOCKER_HOST="unix://$SOCKET"
export DENIALWATCH_TAG=${DENIALWATCH_TAG:-latest}
BASE=localhost/denialwatch-base
RUN_DIR=${DW_PODMAN_RUN_DIR:-/run/denialwatch-podman}
HEALTH_PID="$RUN_DIR/health-$COMPOSE_PROJECT_NAME.pid"

log() { printf '[podman-stack %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "$*"; exit 1; }

# --- versions, read off the files that name the official images --------------------------------
JAVA=$(sed -n 's/^ARG RUNTIME_IMAGE=eclipse-temurin:\([0-9][0-9]*\)-jre$/\1/p' "$ROOT/Dockerfile")
POSTGRES_MAJOR=$(sed -n 's/^ *image: postgres:\([0-9][0-9]*\)$/\1/p' "$ROOT/docker-compose.yml")
[[ -n "$JAVA" ]] || die "no 'ARG RUNTIME_IMAGE=eclipse-temurin:NN-jre' in the Dockerfile"
[[ -n "$POSTGRES_MAJOR" ]] || die "no 'image: postgres:NN' in docker-compose.yml"
export POSTGRES_MAJOR

# --- 1. podman's configuration -----------------------------------------------------------------
configure_podman() {
  command -v podman >/dev/null || die "podman is not installed (apt-get install podman)"
  local conf=/etc/containers/containers.conf runtime=""
  if [[ "$(stat -f -c %T /sys/fs/cgroup)" != cgroup2fs && -d /sys/fs/cgroup/unified ]]; then
    command -v runc >/dev/null || die "this host's hybrid cgroup layout needs runc (apt-get install runc)"
    runtime=runc
  fi
  if [[ -f "$conf" ]] && grep -q '^default_ulimits *= *\[ *\]' "$conf" \
      && { [[ -z "$runtime" ]] || grep -q "^runtime *= *\"$runtime\"" "$conf"; }; then
    return
  fi
  if [[ -f "$conf" ]] && grep -qv '^\s*\(#.*\)\?$' "$conf" && ! grep -q '# written by ops/podman-stack.sh' "$conf"; then
    die "$conf has settings of its own: add 'default_ulimits = []' under [containers]${runtime:+ and 'runtime = \"$runtime\"' under [engine]}"
  fi
  mkdir -p /etc/containers
  {
    echo '# written by ops/podman-stack.sh'
    printf '[containers]\ndefault_ulimits = []\n'
    [[ -z "$runtime" ]] || printf '\n[engine]\nruntime = "%s"\n' "$runtime"
  } > "$conf"
  log "wrote $conf"
}

# --- 2. base images from Debian's packages --------------------------------------------------------
# The certificate authorities this host added to Debian's (/usr/local/share/ca-certificates), e.g.
# a proxy's that re-signs TLS: a base image made here trusts them too, or Maven could not reach
# Maven Central from the build stage where this host can. None on most hosts.
host_cas() {
  find /usr/local/share/ca-certificates -name '*.crt' -type f 2>/dev/null | sort
}

trust_host_cas() {
  local dir=$1
  [[ -x "$dir/usr/sbin/update-ca-certificates" && -n "$(host_cas)" ]] || return 0
  mkdir -p "$dir/usr/local/share/ca-certificates"
  host_cas | xargs -r cp -t "$dir/usr/local/share/ca-certificates"
  mount -t proc proc "$dir/proc"
  chroot "$dir" update-ca-certificates >/dev/null 2>&1 || { umount "$dir/proc"; die "update-ca-certificates failed in $dir"; }
  umount "$dir/proc"
}

# removes a root file system that an interrupted run may have left with /proc or /sys mounted in it
clear_rootfs() {
  local dir=$1 m
  for m in proc sys dev/pts dev; do
    mountpoint -q "$dir/$m" 2>/dev/null && umount -l "$dir/$m"
  done
  rm -rf --one-file-system "$dir"
}

# base_image NAME PACKAGES ENV...: debootstrap, cached as a tar, imported with ENV settings
base_image() {
  local name=$1 packages=$2
  shift 2
  local key tag="$BASE/$name"
  key=$(printf '%s %s %s %s' "$SUITE" "$packages" "$*" "$(host_cas | xargs -r cat | sha256sum)" | sha256sum | cut -c1-12)
  if [[ "$(podman image inspect --format '{{index .Labels "denialwatch.base"}}' "$tag" 2>/dev/null)" == "$key" ]]; then
    return
  fi
  local tar="$CACHE/$name-$SUITE-$key.tar"
  if [[ ! -f "$tar" ]]; then
    local dir="$CACHE/rootfs-$name"
    log "debootstrap $SUITE with $packages (for $tag)"
    clear_rootfs "$dir"
    mkdir -p "$CACHE/debs"
    debootstrap --variant=minbase --cache-dir="$CACHE/debs" --include="$packages" "$SUITE" "$dir" "$MIRROR" \
      > "$CACHE/debootstrap-$name.log" 2>&1 || die "debootstrap failed: see $CACHE/debootstrap-$name.log"
    trust_host_cas "$dir"
    rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
    tar -C "$dir" -cf "$tar.part" . && mv "$tar.part" "$tar"
    clear_rootfs "$dir"
    find "$CACHE" -maxdepth 1 -name "$name-*.tar" ! -name "$(basename "$tar")" -delete
  fi
  local changes=(--change "LABEL denialwatch.base=$key")
  for e in "$@"; do
    changes+=(--change "$e")
  done
  log "podman import $tar as $tag"
  podman import "${changes[@]}" "$tar" "$tag" >/dev/null
}

base_images() {
  command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
  mkdir -p "$CACHE"
  local path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  base_image jdk "openjdk-$JAVA-jdk-headless,maven" "ENV PATH=$path" "ENV LANG=C.UTF-8"
  podman tag "$BASE/jdk" "$BASE/jdk:$JAVA"
  base_image jre "openjdk-$JAVA-jre-headless" "ENV PATH=$path" "ENV LANG=C.UTF-8"
  podman tag "$BASE/jre" "$BASE/jre:$JAVA"
  base_image postgres "postgresql-$POSTGRES_MAJOR" "ENV PATH=/usr/lib/postgresql/$POSTGRES_MAJOR/bin:$path" \
    "ENV LANG=C.UTF-8" "ENV PGDATA=/var/lib/postgresql/data"
  podman tag "$BASE/postgres" "$BASE/postgres:$POSTGRES_MAJOR"
  base_image prometheus prometheus,wget "ENV PATH=$path"
  podman tag "$BASE/prometheus" "$BASE/prometheus:debian"
}

# --- 3. the denialwatch image --------------------------------------------------------------------
project_image() {
  log "podman build denialwatch:$DENIALWATCH_TAG from the Dockerfile on $BASE/jdk:$JAVA and $BASE/jre:$JAVA"
  podman build --format docker --layers \
    --build-arg "BUILD_IMAGE=$BASE/jdk:$JAVA" --build-arg "RUNTIME_IMAGE=$BASE/jre:$JAVA" \
    -t "denialwatch:$DENIALWATCH_TAG" "$ROOT" >"$CACHE/build.log" 2>&1 \
    || { tail -30 "$CACHE/build.log" >&2; die "podman build failed: see $CACHE/build.log"; }
}

# --- 4. podman's Docker-compatible API ---------------------------------------------------------
api_up() {
  command -v docker-compose >/dev/null || die "docker-compose is not installed (apt-get install docker-compose)"
  if curl -sf --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1; then
    return
  fi
  mkdir -p "$(dirname "$SOCKET")" "$RUN_DIR"
  log "podman system service on $SOCKET"
  setsid podman system service --time=0 "unix://$SOCKET" >"$RUN_DIR/service.log" 2>&1 < /dev/null &
  echo $! > "$RUN_DIR/service.pid"
  local i
  for i in $(seq 1 100); do
    curl -sf --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1 && return
    sleep 0.1
  done
  die "podman system service did not answer on $SOCKET: see $RUN_DIR/service.log"
}

# --- 5. health checks without systemd --------------------------------------------------------------
health_loop() {
  declare -A last=()
  local id interval now due
  while true; do
    now=$(date +%s)
    while read -r id interval; do
      [[ -n "$id" && "$interval" =~ ^[0-9]+$ ]] || continue
      due=$(( ${last[$id]:-0} + (interval > 0 ? interval / 1000000000 : 30) ))
      if (( now >= due )); then
        last[$id]=$now
        timeout 60 podman healthcheck run "$id" >/dev/null 2>&1 &
      fi
    done < <(podman ps --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" --format '{{.ID}}' 2>/dev/null \
               | xargs -r podman inspect --format '{{.Id}} {{if .Config.Healthcheck}}{{printf "%d" .Config.Healthcheck.Interval}}{{end}}' 2>/dev/null)
    wait
    sleep 1
  done
}

health_up() {
  [[ -d /run/systemd/system ]] && return
  mkdir -p "$RUN_DIR"
  if [[ -f "$HEALTH_PID" ]] && kill -0 "$(cat "$HEALTH_PID")" 2>/dev/null; then
    return
  fi
  log "running the containers' health checks (no systemd here)"
  (health_loop) >/dev/null 2>&1 < /dev/null &
  echo $! > "$HEALTH_PID"
  disown
}

# after down: the health loop and the API service this script started stop too
stop_helpers() {
  local f
  for f in "$HEALTH_PID" "$RUN_DIR/service.pid"; do
    if [[ -f "$f" ]]; then
      kill "$(cat "$f")" 2>/dev/null || true
      rm -f "$f"
    fi
  done
}

# the anonymous volumes mounted by this project's containers, running or not, one per line
anonymous_volumes() {
  podman ps -a -q --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" \
    | xargs -r podman inspect --format '{{range .Mounts}}{{if eq .Type "volume"}}{{.Name}}{{"\n"}}{{end}}{{end}}' \
    | while read -r v; do
        [[ -n "$v" && "$(podman volume inspect --format '{{.Anonymous}}' "$v" 2>/dev/null)" == true ]] && echo "$v"
      done
  return 0
}

compose() {
  (cd "$ROOT" && docker-compose "$@")
}

case "${1:-}" in
  up)
    shift
    configure_podman
    base_images
    project_image
    api_up
    health_up
    log "docker-compose up -d $*"
    compose up -d --no-build "$@"
    ;;
  down)
    shift
    configure_podman
    api_up
    anonymous=$(anonymous_volumes)
    compose down "$@"
    # docker-compose's -v asks the engine to remove each container's anonymous volumes (stream's
    # /app/data) with it; podman's Docker API leaves them: remove those of this project's containers
    if [[ " $* " == *" -v "* || " $* " == *" --volumes "* ]] && [[ -n "$anonymous" ]]; then
      xargs -r podman volume rm -f <<< "$anonymous" >/dev/null
    fi
    stop_helpers
    ;;
  images)
    configure_podman
    base_images
    project_image
    ;;
  compose)
    shift
    configure_podman
    api_up
    health_up
    compose "$@"
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
