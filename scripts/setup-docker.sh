#!/usr/bin/env bash
# Brings up what the kit and the conformance suite need on a bare Debian machine:
# a running Docker engine and the debian:bookworm-slim base image of the reference images.
# With --podman it sets up Podman instead: installs it, starts its Docker-compatible API service
# and makes the same base image in Podman's image store.
#
# Idempotent: every step checks first and does nothing when its result is already there.
# On a machine that already runs Docker or Podman, nothing here is needed.
#
# Usage: setup-docker.sh [--podman]
#
# Environment:
#   SETUP_DOCKER_LOG        dockerd's log file (default /var/log/dockerd.log)
#   SETUP_DOCKER_WAIT       seconds to wait for the engine to answer (default 60)
#   SETUP_BASE_IMAGE        the base image to make when missing (default debian:bookworm-slim)
#   SETUP_DEBIAN_MIRROR     Debian archive to make it from (default: the first one in the
#                           machine's apt configuration)
#   SETUP_PODMAN_SOCKET     the Podman API socket (default /run/podman/podman.sock)
#   SETUP_PODMAN_LOG        the Podman API service's log file (default /var/log/podman-service.log)
set -euo pipefail

with_podman=false
for argument in "$@"; do
    case "$argument" in
        --podman) with_podman=true ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) printf 'setup: invalid option %s (valid: --podman)\n' "$argument" >&2; exit 2 ;;
    esac
done

readonly DOCKER_LOG="${SETUP_DOCKER_LOG:-/var/log/dockerd.log}"
readonly DOCKER_WAIT="${SETUP_DOCKER_WAIT:-60}"
readonly BASE_IMAGE="${SETUP_BASE_IMAGE:-debian:bookworm-slim}"
readonly SUITE="bookworm"
readonly PODMAN_SOCKET="${SETUP_PODMAN_SOCKET:-/run/podman/podman.sock}"
readonly PODMAN_LOG="${SETUP_PODMAN_LOG:-/var/log/podman-service.log}"

step() { printf 'setup: %s\n' "$*"; }
fail() {
    printf 'setup: FAILED: %s\n' "$1" >&2
    [[ $# -gt 1 ]] && printf 'setup: next: %s\n' "$2" >&2
    exit 1
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_updated=false
apt_install() {
    if [[ $apt_updated == false ]]; then
        step "refreshing the package lists (apt-get update)"
        as_root apt-get update -qq || fail "apt-get update failed" "check the apt sources in /etc/apt"
        apt_updated=true
    fi
    step "installing $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
        || fail "apt-get install $* failed" "run 'apt-get install $*' by hand to see why"
}

install_engine() {
    if command -v dockerd >/dev/null 2>&1; then
        step "dockerd is installed ($(command -v dockerd))"
        return
    fi
    # docker.io brings dockerd, containerd and runc; iptables lets containers reach the archive.
    apt_install docker.io iptables
}

start_engine() {
    if docker info >/dev/null 2>&1; then
        step "the Docker engine is running"
        return
    fi
    if ! command -v dockerd >/dev/null 2>&1; then
        fail "no Docker engine responds and dockerd is not installed" \
            "start your Docker or Podman engine, or run this script as root on Debian"
    fi

    step "starting dockerd in the background, log in $DOCKER_LOG"
    as_root mkdir -p "$(dirname "$DOCKER_LOG")"
    as_root sh -c "nohup dockerd >>'$DOCKER_LOG' 2>&1 &"

    local waited=0
    until docker info >/dev/null 2>&1; do
        if (( waited >= DOCKER_WAIT )); then
            tail -n 20 "$DOCKER_LOG" >&2 || true
            fail "the Docker engine did not answer within ${DOCKER_WAIT}s" \
                "read $DOCKER_LOG (last lines above), or raise SETUP_DOCKER_WAIT"
        fi
        sleep 1
        waited=$((waited + 1))
    done
    step "the Docker engine responds after ${waited}s ($(docker version --format '{{.Server.Version}}'))"
}

# Prints the first Debian archive address of the machine's apt configuration (deb822 or one-line).
apt_mirror() {
    local uri
    uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v -- '-security' | head -n 1 || true)
    if [[ -z $uri ]]; then
        uri=$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
            | sed -E 's/^deb (\[[^]]*\] )?//' | awk '{print $1}' | grep -v -- '-security' | head -n 1 || true)
    fi
    printf '%s' "$uri"
}

# Makes a lean bookworm root file system as a tar file, from Debian's archive.
bootstrap_root_file_system() {
    local tarball="$1"
    local mirror="${SETUP_DEBIAN_MIRROR:-$(apt_mirror)}"
    [[ -n $mirror ]] || fail "no registry responds and no Debian archive is configured in /etc/apt" \
        "set SETUP_DEBIAN_MIRROR to a Debian archive, or load $BASE_IMAGE with 'docker load' or 'podman load'"
    command -v mmdebstrap >/dev/null 2>&1 || apt_install mmdebstrap

    step "no registry responds: making $BASE_IMAGE from $mirror ($SUITE, minbase)"
    # The hooks give the image what the official slim image has: dpkg leaves out documentation,
    # apt keeps no package lists or downloaded .deb files, so later installs stay lean too.
    # The merged-usr hooks set up the /usr symlinks with usr-is-merged; without them bookworm
    # pulls in usrmerge and with it perl, about 45 MB that the official slim image does not have.
    as_root mmdebstrap --variant=minbase --quiet \
        --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
        --dpkgopt='path-exclude=/usr/share/doc/*' \
        --dpkgopt='path-include=/usr/share/doc/*/copyright' \
        --dpkgopt='path-exclude=/usr/share/man/*' \
        --dpkgopt='path-exclude=/usr/share/info/*' \
        --dpkgopt='path-exclude=/usr/share/locale/*' \
        --dpkgopt='path-exclude=/usr/share/lintian/*' \
        --aptopt='APT::Install-Recommends "false"' \
        --aptopt='Acquire::GzipIndexes "true"' \
        --customize-hook='printf "%s\n" "DPkg::Post-Invoke { \"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true\"; };" "Dir::Cache::pkgcache \"\";" "Dir::Cache::srcpkgcache \"\";" > "$1/etc/apt/apt.conf.d/docker-clean"' \
        --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/* "$1"/var/log/*.log "$1"/tmp/*' \
        "$SUITE" "$tarball" "deb $mirror $SUITE main" "deb $mirror $SUITE-updates main" \
        >"$tarball.log" 2>&1 || {
        tail -n 20 "$tarball.log" >&2
        fail "mmdebstrap could not make the $SUITE root file system from $mirror (last lines above)" \
            "check that the archive is reachable, or set SETUP_DEBIAN_MIRROR"
    }

}

make_base_image() {
    if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
        step "$BASE_IMAGE is present"
        return
    fi
    step "pulling $BASE_IMAGE"
    if timeout 60 docker pull -q "$BASE_IMAGE" >/dev/null 2>&1; then
        step "pulled $BASE_IMAGE"
        return
    fi

    local work
    work=$(mktemp -d)
    trap 'as_root rm -rf "$work"' RETURN
    bootstrap_root_file_system "$work/rootfs.tar"

    docker import --change 'CMD ["bash"]' "$work/rootfs.tar" "$BASE_IMAGE" >/dev/null \
        || fail "docker import of the root file system failed" "read the engine log in $DOCKER_LOG"
    step "made $BASE_IMAGE ($(docker image inspect -f '{{.Size}}' "$BASE_IMAGE" | awk '{printf "%d MB", $1/1000000}'))"
}

install_podman() {
    if command -v podman >/dev/null 2>&1; then
        step "podman is installed ($(podman --version))"
    else
        # catatonit is the init process Podman's --init uses; uidmap is needed by its user namespaces.
        apt_install podman catatonit uidmap
    fi

    # Podman's default resource limits are higher than a sandbox allows, and container start fails
    # with "error setting rlimit ... operation not permitted"; these are within the limits here.
    local conf=/etc/containers/containers.conf
    if ! grep -qs 'default_ulimits' "$conf"; then
        step "setting Podman's default ulimits in $conf"
        as_root mkdir -p /etc/containers
        as_root sh -c "printf '%s\n' '[containers]' 'default_ulimits = [' '  \"nofile=20000:20000\",' '  \"nproc=4096:4096\",' ']' >> '$conf'"
    fi
}

start_podman_service() {
    if DOCKER_HOST="unix://$PODMAN_SOCKET" docker version >/dev/null 2>&1; then
        step "the Podman API service responds at unix://$PODMAN_SOCKET"
        return
    fi
    step "starting the Podman API service at unix://$PODMAN_SOCKET, log in $PODMAN_LOG"
    as_root mkdir -p "$(dirname "$PODMAN_SOCKET")" "$(dirname "$PODMAN_LOG")"
    as_root sh -c "nohup podman system service --time=0 'unix://$PODMAN_SOCKET' >>'$PODMAN_LOG' 2>&1 </dev/null &"

    local waited=0
    until DOCKER_HOST="unix://$PODMAN_SOCKET" docker version >/dev/null 2>&1; do
        if (( waited >= DOCKER_WAIT )); then
            tail -n 20 "$PODMAN_LOG" >&2 || true
            fail "the Podman API service did not respond within ${DOCKER_WAIT}s" \
                "read $PODMAN_LOG (last lines above), or raise SETUP_DOCKER_WAIT"
        fi
        sleep 1
        waited=$((waited + 1))
    done
    step "the Podman API service responds after ${waited}s"
}

make_podman_base_image() {
    if podman image exists "$BASE_IMAGE"; then
        step "$BASE_IMAGE is in Podman's image store"
        return
    fi
    if command -v docker >/dev/null 2>&1 && docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
        step "copying $BASE_IMAGE from Docker's image store to Podman's"
        docker save "$BASE_IMAGE" | podman load -q >/dev/null \
            || fail "podman load of $BASE_IMAGE failed" "run 'docker save $BASE_IMAGE | podman load' by hand to see why"
    elif ! timeout 60 podman pull -q "$BASE_IMAGE" >/dev/null 2>&1; then
        local work
        work=$(mktemp -d)
        trap 'as_root rm -rf "$work"' RETURN
        bootstrap_root_file_system "$work/rootfs.tar"
        podman import --change 'CMD ["bash"]' "$work/rootfs.tar" "$BASE_IMAGE" >/dev/null \
            || fail "podman import of the root file system failed" "read the service log in $PODMAN_LOG"
    fi
    podman image exists "$BASE_IMAGE" \
        || fail "Podman does not find $BASE_IMAGE after loading it" "check 'podman images'"
    step "$BASE_IMAGE is in Podman's image store"
}

if [[ $with_podman == true ]]; then
    install_podman
    start_podman_service
    make_podman_base_image
    step "point the kit at Podman with DOCKER_HOST=unix://$PODMAN_SOCKET"
else
    # An engine that already responds, such as Docker Desktop or a remote DOCKER_HOST, needs no
    # local install.
    if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
        step "a container engine responds to 'docker info', so nothing is installed"
    else
        install_engine
    fi
    start_engine
    make_base_image
fi
step "done"
