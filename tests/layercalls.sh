#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that the core's libraries call each other one way only. Folders and PRIVATE links
# already make an upward #include fail to compile; this catches what an include check cannot: a
# function declared by hand, or an inline one whose body reaches up. Given the libraries in layer
# order (NAME=PATH ...), each may call only libraries named before it: a call to one after it is
# a call up, or half of a circle.
#   tests/layercalls.sh tideline_time=app/time/libtideline_time.a tideline_model=... ...
set -euo pipefail
(($#)) || { echo "usage: layercalls.sh NAME=LIBRARY..." >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

names=()
for ((i = 1; i <= $#; ++i)); do
    arg=${!i}
    names+=("${arg%%=*}")
    library=${arg#*=}
    [ -f "$library" ] || { echo "layercalls.sh: no library $library" >&2; exit 2; }
    # What the library defines (code, data, and the weak copies of inline functions and
    # templates), and what it uses without defining it itself.
    nm -g --defined-only "$library" | awk 'NF == 3 && $2 ~ /^[TDBRWV]$/ { print $3 }' \
        | sort -u >"$scratch/defined.$i"
    nm -u "$library" | awk 'NF { print $NF }' | sort -u \
        | comm -23 - "$scratch/defined.$i" >"$scratch/used.$i"
done

status=0
for ((i = 1; i <= $#; ++i)); do
    for ((j = i + 1; j <= $#; ++j)); do
        comm -12 "$scratch/used.$i" "$scratch/defined.$j" >"$scratch/up"
        if [ -s "$scratch/up" ]; then
            status=1
            echo "${names[i - 1]} calls up into ${names[j - 1]}:"
            c++filt <"$scratch/up" | head -5 | sed 's/^/    /'
        fi
    done
done
((status)) || echo "layercalls.sh: ${names[*]}: every call points down"
exit "$status"
