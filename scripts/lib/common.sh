# shellcheck shell=bash
# Shared by scripts/demo, scripts/test and scripts/store. Source it; it defines functions
# and variables only and changes no shell options of the caller.

# The checkout this file belongs to (scripts/lib/ is two levels below it).
payops_root()
{
    (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
}

# Where build_payops configures and builds; PAYOPS_BUILD overrides it.
payops_build_dir()
{
    printf '%s\n' "${PAYOPS_BUILD:-$(payops_root)/build}"
}

# Debian packages needed to build payops and run its tests (and the demo).
# shellcheck disable=SC2034 # used by the scripts that source this file
PAYOPS_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libgl-dev
    libpq-dev postgresql-15 postgresql-client-15
    libsimdjson-dev
    rabbitmq-server librabbitmq-dev
    prometheus
    xvfb xauth
    jq
    systemd # systemd-analyze verify of deploy/systemd (tests/deploy/verify-units)
    iproute2 # ip: loopback up in tests/deploy/multi-host's network namespaces
    clang libclang-rt-14-dev ccache # the libFuzzer targets (scripts/fuzz)
)

payops_say()
{
    printf 'scripts/%s: %s\n' "$(basename "$0")" "$*" >&2
}

# ensure_packages PKG... installs the packages that are not installed yet; when all are,
# it returns at once without touching apt.
ensure_packages()
{
    local -a missing=()
    local pkg status
    for pkg in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) || status=
        [[ $status == "install ok installed" ]] || missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0

    local -a as_root=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            payops_say "missing Debian packages: ${missing[*]}"
            payops_say "install them as root: apt-get install ${missing[*]}"
            return 1
        fi
        as_root=(sudo)
    fi
    payops_say "installing missing Debian packages: ${missing[*]}"
    local -a install=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive
        apt-get install -y --no-install-recommends "${missing[@]}")
    if "${install[@]}"; then
        return 0
    fi
    # A fresh machine often has no (or stale) package lists: refresh once and retry.
    payops_say "install failed; refreshing the package lists (apt-get update) and retrying"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update &&
        "${install[@]}"
}

# build_payops configures (first time only, Ninja, RelWithDebInfo) and builds everything
# with all cores.
build_payops()
{
    local root build
    root=$(payops_root)
    build=$(payops_build_dir)
    if [[ ! -f $build/build.ninja ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || return
    fi
    cmake --build "$build" -j "$(nproc)" || return
    payops_say "built: $build/app/payops and $build/app/console/payops-console"
}
