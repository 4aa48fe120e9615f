#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Tideline's two set-up commands, for a fresh Debian 12 machine:
#   ./dev.sh run [FILE|FOLDER...]   install what is missing, build, start the app (no files: the
#                                   embedded sample dataset)
#   ./dev.sh test                   install what is missing, build, run every test headless
# Build folder: build/ (Release, the build benchmarks use). Set BUILD_DIR to use another.
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev libqt6svg6 qt6-qpa-plugins
          rapidjson-dev libgl-dev fonts-dejavu-core xvfb xauth poppler-utils)

install_missing() {
    local missing=() package
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    ((${#missing[@]})) || return 0
    echo "dev.sh: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local dir=${BUILD_DIR:-build}
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON
    cmake --build "$dir" --parallel "$(nproc)"
}

command=${1:-}
shift || true
case "$command" in
run)
    install_missing
    build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "dev.sh: no display found; starting under Xvfb, where nothing is visible" >&2
        exec xvfb-run -a "${BUILD_DIR:-build}/bin/tideline" "$@"
    fi
    exec "${BUILD_DIR:-build}/bin/tideline" "$@"
    ;;
test)
    install_missing
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure \
        --parallel "$(nproc)"
    ;;
*)
    sed -n '3,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
