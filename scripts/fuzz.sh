#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs Tideline's libFuzzer targets (tests/fuzz) for a bounded time each.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# SECONDS per target: the argument, else $FUZZ_SECONDS, else 180. TARGETs: fuzz_loader,
# fuzz_dates, fuzz_filterspec, fuzz_timelinejs, fuzz_vis, fuzz_csv, fuzz_cacheimage (default: all, one after the other). Needs what ./dev.sh
# installs, and installs clang and libclang-rt-14-dev if they are missing.
#
# Configures and builds build-fuzz (clang++, -DTIDELINE_FUZZ=ON: ASan, UBSan, libFuzzer), copies
# each target's committed corpus (tests/fuzz/corpus/TARGET, regressions included) into a scratch
# folder and fuzzes that copy. Every crash, leak, timeout or out-of-memory input is copied to
# tests/fuzz/corpus/TARGET/regressions/, where the test suite replays it (TARGET_replay); fix the
# bug, then commit the input. What the run adds to the corpus is kept, minimised: the inputs that
# reach coverage the committed corpus does not (libFuzzer's -merge=1, smallest inputs first) are
# copied to tests/fuzz/corpus/TARGET/grown/, for the next run to start from and the suite to
# replay; commit them (FUZZ_MERGE=0 skips this). Exit status 1 when any target found something.
# FUZZ_KEEP_SCRATCH=1 keeps the scratch folder (with the whole grown corpus); extra libFuzzer
# flags, or more corpus folders to read, can be given in $FUZZ_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-${FUZZ_SECONDS:-180}}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_loader fuzz_dates fuzz_filterspec fuzz_timelinejs fuzz_vis fuzz_csv fuzz_cacheimage)
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }

# clang and its libFuzzer/sanitizer runtimes, on top of what ./dev.sh installs.
missing=()
for package in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "fuzz.sh: installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

build=${FUZZ_BUILD_DIR:-build-fuzz}
cxx=${CXX:-$(command -v clang++ || command -v clang++-14 || true)}
[ -n "$cxx" ] || { echo "fuzz.sh: needs clang++" >&2; exit 2; }
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
    -DTIDELINE_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/tideline-fuzz.XXXXXX")
# The files the targets write for the code under test to read: in memory where possible (the
# settings are synced to disk on every run).
files=$scratch/files
[ -d /dev/shm ] && [ -w /dev/shm ] && files=$(mktemp -d /dev/shm/tideline-fuzz.XXXXXX)
if [ "${FUZZ_KEEP_SCRATCH:-0}" = 1 ]; then
    echo "fuzz.sh: scratch folder kept: $scratch"
    trap 'rm -rf "$files"' EXIT
else
    trap 'rm -rf "$scratch" "$files"' EXIT
fi
# Any report is fatal (the build says -fno-sanitize-recover) and comes with a stack; the fuzzer
# turns it into a crash input. Leaks count too ($ASAN_OPTIONS may add options).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

found=0
summary=()
for target in "${targets[@]}"; do
    committed=tests/fuzz/corpus/$target
    work=$scratch/$target
    mkdir -p "$work/corpus" "$work/artifacts" "$files/$target"
    # Flat copy: seeds and regressions alike.
    find "$committed" -type f -exec cp -t "$work/corpus" {} +
    dict=()
    [ -f "tests/fuzz/$target.dict" ] && dict=(-dict="tests/fuzz/$target.dict")
    echo "fuzz.sh: $target for ${seconds}s ($(find "$work/corpus" -type f | wc -l) seed inputs)"
    status=0
    # shellcheck disable=SC2086 # FUZZ_FLAGS is a list of flags
    TIDELINE_FUZZ_SCRATCH=$files/$target "$build/fuzz/$target" "$work/corpus" "${dict[@]}" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" ${FUZZ_FLAGS:-} >"$work/log" 2>&1 || status=$?

    # What it did: executions, coverage (edges) and features at the end.
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    last=$(grep -E '^#[0-9]+.*cov: ' "$work/log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[A-Za-z]*\).*/\1/p' <<<"$last")
    line="$target: ${runs:-?} executions (${seconds} s budget), coverage ${cov:-?} edges, ${ft:-?} features, corpus ${corpus:-?}"

    if [ "${FUZZ_MERGE:-1}" = 1 ] && [ "$status" -eq 0 ]; then
        # The committed corpus first, so that only what it does not already reach is added.
        merged=$scratch/$target-merged
        mkdir -p "$merged" "$committed/grown"
        find "$committed" -type f -exec cp -t "$merged" {} +
        ls "$merged" | sort >"$merged.before"
        before=$(wc -l <"$merged.before")
        TIDELINE_FUZZ_SCRATCH=$files/$target "$build/fuzz/$target" -merge=1 -timeout=60 \
            -rss_limit_mb=2048 "$merged" "$work/corpus" >"$work/merge.log" 2>&1 \
            || { echo "fuzz.sh: merging $target's corpus failed (see $work/merge.log)" >&2; found=1; }
        # What the merge added (libFuzzer names them by their SHA-1, so a name says the content).
        added=0
        while IFS= read -r name; do
            cp "$merged/$name" "$committed/grown/"
            added=$((added + 1))
        done < <(ls "$merged" | sort | comm -13 "$merged.before" -)
        line+=", $added new inputs kept in $committed/grown ($before before)"
    fi

    shopt -s nullglob
    artifacts=("$work"/artifacts/{crash,leak,timeout,oom}-*)
    shopt -u nullglob
    if ((${#artifacts[@]})) || [ "$status" -ne 0 ]; then
        found=1
        mkdir -p "$committed/regressions"
        for artifact in "${artifacts[@]}"; do
            # An input the corpus already holds (a known bug, or a seed) is not copied again.
            known=$(find "$committed" -type f -size "$(stat -c %s "$artifact")c" \
                        -exec cmp -s "$artifact" {} \; -print -quit)
            if [ -n "$known" ]; then
                line+=$'\n'"    fails on $known (already in the corpus)"
            else
                cp "$artifact" "$committed/regressions/"
                line+=$'\n'"    found: $committed/regressions/$(basename "$artifact")"
            fi
        done
        ((${#artifacts[@]})) || line+=$'\n'"    exited with status $status and no input (see the log below)"
        grep -E -A40 '==ERROR|runtime error|check failed|ALARM|out-of-memory|deadly signal' \
            "$work/log" | head -80 >&2 || true
    fi
    echo "$line"
    summary+=("$line")
done

echo
echo "fuzz.sh: summary"
printf '  %s\n' "${summary[@]}"
if ((found)); then
    echo "fuzz.sh: the inputs that failed are named above; replay one with"
    echo "  $build/fuzz/TARGET FILE"
fi
exit "$found"
