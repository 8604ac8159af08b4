#!/usr/bin/env bash
# Newer QGIS versions for the test matrix: a Debian root file system per suite, built with
# debootstrap from the mirror the host uses, cached under build/rootfs/<suite>.
#
#   tools/qgis_rootfs.sh build SUITE        build (or reuse) the root file system of SUITE
#   tools/qgis_rootfs.sh test SUITE [ARGS]  run the test suite inside it (pytest ARGS, default: tests)
#
# The repository is bound into the root file system at /repo; proc, sys and dev are mounted for
# the time of a command and always unmounted again, also when it fails. Needs root.
set -euo pipefail

SUITE=${2:?usage: $0 build|test SUITE [pytest arguments]}
ACTION=$1
shift 2
REPO=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$REPO/build/rootfs/$SUITE
MIRROR=${DEBIAN_MIRROR:-$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
PACKAGES="qgis python3-qgis qgis-providers python3-venv python3-pip python3-pandas python3-shapely \
python3-scipy python3-numba python3-pyproj python3-lxml python3-requests python3-owslib proj-bin \
ca-certificates nodejs zip qgis-plugin-grass"
# What the cached root file system was built from: a change rebuilds the provisioning.
RECIPE=$(cat "$0" "$REPO/requirements-dev.txt" "$REPO/tools/sensorthings_server/requirements.txt" | sha256sum | cut -c1-16)
MOUNTS=()

step() {  # step "what" command…: say what is done and how long it took; keep its exit status
    local what=$1 started=$SECONDS status=0
    shift
    echo "[$SUITE] $what …"
    "$@" || status=$?  # (set -e does not stop a function called left of ||)
    echo "[$SUITE] $what: $((SECONDS - started)) s"
    return $status
}

unmount_all() {
    local index
    for ((index = ${#MOUNTS[@]} - 1; index >= 0; index--)); do
        umount -l "${MOUNTS[index]}" 2>/dev/null || true
    done
    MOUNTS=()
}
trap unmount_all EXIT

mount_all() {
    mkdir -p "$ROOT/repo"
    mount -t proc proc "$ROOT/proc" && MOUNTS+=("$ROOT/proc")
    mount --rbind /sys "$ROOT/sys" && mount --make-rslave "$ROOT/sys" && MOUNTS+=("$ROOT/sys")
    mount --rbind /dev "$ROOT/dev" && mount --make-rslave "$ROOT/dev" && MOUNTS+=("$ROOT/dev")
    mount --bind "$REPO" "$ROOT/repo" && MOUNTS+=("$ROOT/repo")
    if [ -d "$REPO/../shared" ]; then
        mkdir -p "$ROOT/shared"
        mount --bind "$(cd "$REPO/../shared" && pwd)" "$ROOT/shared" && MOUNTS+=("$ROOT/shared")
    fi
    cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
}

inside() {  # run a shell command inside the root file system
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root \
        DEBIAN_FRONTEND=noninteractive PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
        PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180 /bin/bash -euo pipefail -c "$1"
}

bootstrap() {
    command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
    local script=/usr/share/debootstrap/scripts/$SUITE
    [ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid  # a suite newer than this debootstrap
    rm -rf "$ROOT.partial"
    debootstrap --variant=minbase "$SUITE" "$ROOT.partial" "$MIRROR" "$script" >"$REPO/build/rootfs/$SUITE.log" 2>&1 ||
        { tail -20 "$REPO/build/rootfs/$SUITE.log"; return 1; }
    mv "$ROOT.partial" "$ROOT"
}

provision() {
    # the host's extra certificate authorities: pip and apt over TLS trust what the host trusts
    mkdir -p "$ROOT/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/" 2>/dev/null || true
    # the mirror's snapshot of a testing suite may be older than its Release file's Valid-Until
    echo 'Acquire::Check-Valid-Until "false";' >"$ROOT/etc/apt/apt.conf.d/99smartcity-snapshot"
    mount_all
    inside "apt-get update -qq && apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null \
        && update-ca-certificates >/dev/null"
    inside "rm -rf /opt/venv /opt/sta \
        && /usr/bin/python3 -m venv --system-site-packages /opt/venv \
        && /opt/venv/bin/pip install -q -r /repo/requirements-dev.txt \
        && /usr/bin/python3 -m venv /opt/sta \
        && /opt/sta/bin/pip install -q -r /repo/tools/sensorthings_server/requirements.txt"
    unmount_all
    echo "$RECIPE" >"$ROOT/.provisioned"
}

build() {
    mkdir -p "$REPO/build/rootfs"
    [ -x "$ROOT/bin/bash" ] || step "debootstrap $SUITE from $MIRROR" bootstrap
    if [ "$(cat "$ROOT/.provisioned" 2>/dev/null)" != "$RECIPE" ]; then
        step "install QGIS and the test tools" provision
    fi
    echo "[$SUITE] $(chroot "$ROOT" dpkg-query -W -f='QGIS ${Version}' qgis), $(chroot "$ROOT" python3 --version)"
}

run_tests() {
    build
    mount_all
    local profile=/repo/build/profile-$SUITE
    local arguments=${*:-tests}
    step "tests" inside "cd /repo && export QT_QPA_PLATFORM=offscreen HOME=/tmp/home-$SUITE \
        XDG_RUNTIME_DIR=/tmp/home-$SUITE/run STA_PYTHON=/opt/sta/bin/python \
        QGIS_PROCESS_PLUGINPATH=/repo/build/plugins QGIS_PROCESS_PROFILE=$profile \
        && mkdir -p -m 700 \$XDG_RUNTIME_DIR && rm -rf $profile && mkdir -p $profile \
        && QGIS_PLUGINPATH=/repo/build/plugins QGIS_CUSTOM_CONFIG_PATH=$profile \
           qgis_process.bin plugins enable smartcity_qgis >/dev/null 2>&1 \
        && /opt/venv/bin/python -m pytest -q -p no:cacheprovider $arguments" ||
        { echo "[$SUITE] FAILED on $(chroot "$ROOT" dpkg-query -W -f='QGIS ${Version}' qgis)"; return 1; }
}

case $ACTION in
build) build ;;
test) run_tests "$@" ;;
*) echo "usage: $0 build|test SUITE [pytest arguments]" >&2; exit 2 ;;
esac
