#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Tideline's set-up commands, for a fresh Debian 12 machine (the README shows them):
#   ./dev.sh run [FILE|FOLDER...]   install what is missing, build, start the app (no files: the
#                                   embedded sample dataset)
#   ./dev.sh test                   install what is missing, build, run every test headless
#   ./dev.sh package                install what is missing, build, make build/tideline_*.deb
# Build folder: build/ (Release, the build benchmarks use). Set BUILD_DIR to use another.
# `test` then builds build-asan/ (AddressSanitizer + UndefinedBehaviorSanitizer, Debug at -O1) and
# runs the suite again there; any sanitizer report fails its test. TIDELINE_SKIP_SANITIZERS=1
# skips that second run (quick local runs; CI never sets it). SANITIZER_BUILD_DIR moves it.
set -euo pipefail
cd "$(dirname "$0")"

# Every package the build and the tests use, named even when another one pulls it in today: a
# Recommends is not installed here (libqt6opengl6-dev, which Qt Charts' CMake files need, is only
# a Recommends of qt6-base-dev), and .ci/fresh-root proves the list on a minimal Debian root.
packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqt6opengl6-dev
          qt6-translations-l10n qtkeychain-qt6-dev
          libqt6svg6 qt6-qpa-plugins rapidjson-dev libxxhash-dev libgl-dev fonts-dejavu-core
          xvfb xauth poppler-utils desktop-file-utils appstream)

# What only the tests need: tst_archive starts two ClickHouse servers of its own (on free loopback
# ports, in temporary folders). Debian's package also sets up a system service on ports 8123 and
# 9000; the tests never use it.
test_packages=(clickhouse-server)

# What `cpack -G DEB` needs besides: dpkg-shlibdeps reads the binary's dependencies, and CPack
# asks `file` which files are executables.
package_tools=(dpkg-dev file)

install_missing() {
    local missing=() package
    for package in "${packages[@]}" "$@"; do
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

# The whole suite again under ASan and UBSan (TIDELINE_SANITIZE in CMakeLists.txt; g++, Debug so
# that Q_ASSERT checks too, at -O1). Any report ends its test with a failure and a stack: memory
# errors, undefined behaviour, leaks (Qt 6.4 and fontconfig need no suppressions here).
sanitizer_tests() {
    local dir=${SANITIZER_BUILD_DIR:-build-asan}
    # -g1: line tables only, which is all a report's stack needs; full debug info made this
    # build a third slower.
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g1 -O1" \
        -DBUILD_TESTING=ON -DTIDELINE_SANITIZE=ON
    cmake --build "$dir" --parallel "$(nproc)"
    # Leaks are fatal too (LeakSanitizer).
    local asan=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1
    asan+=:check_initialization_order=1:strict_init_order=1
    ASAN_OPTIONS=$asan UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)"
}

command=${1:-}
shift || true
case "$command" in
run)
    install_missing
    build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "dev.sh: no display found; starting under Xvfb, where nothing is visible" >&2
        exec xvfb-run -a -s "-screen 0 1920x1080x24" "${BUILD_DIR:-build}/bin/tideline" "$@"
    fi
    exec "${BUILD_DIR:-build}/bin/tideline" "$@"
    ;;
test)
    install_missing "${test_packages[@]}"
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure \
        --parallel "$(nproc)"
    if [ "${TIDELINE_SKIP_SANITIZERS:-0}" = 1 ]; then
        echo "dev.sh: TIDELINE_SKIP_SANITIZERS=1: not running the suite under ASan and UBSan" >&2
    else
        sanitizer_tests
    fi
    ;;
package)
    install_missing "${package_tools[@]}"
    build
    (cd "${BUILD_DIR:-build}" && cpack -G DEB)
    ;;
*)
    sed -n '3,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
