#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the two libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer on)
# in BUILD_DIR (default: build-fuzz/ at the top of the project) and runs each for a bounded time,
# PREP_FUZZ_SECONDS (default 60), from its seed corpus in tests/fuzz/corpus/ and what it once
# found in tests/fuzz/regressions/. New interesting inputs collect in BUILD_DIR/corpus/. A crash
# stops the run and names the input that caused it: fix the defect and add the input to
# tests/fuzz/regressions/, where tst_fuzzregressions replays it in the ordinary suite.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build-fuzz}
seconds=${PREP_FUZZ_SECONDS:-60}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DPREP_FUZZ=ON -DPREP_SANITIZE=address,undefined
fi
cmake --build "$build" -j "$(nproc)" --target fuzz_session fuzz_snapshot
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
for reader in session snapshot; do
    found=$build/findings/$reader
    mkdir -p "$build/corpus/$reader" "$found"
    inputs=("$build/corpus/$reader" "$top/tests/fuzz/corpus/$reader")
    [ -d "$top/tests/fuzz/regressions/$reader" ] && inputs+=("$top/tests/fuzz/regressions/$reader")
    log=$build/fuzz_$reader.log
    if ! "$build/tests/fuzz/fuzz_$reader" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$found/" "${inputs[@]}" >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        echo "fuzz_$reader found a defect; the input is in $found/ (whole log: $log)." >&2
        echo "Fix it, then add the input to tests/fuzz/regressions/$reader/." >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    secs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    echo "fuzz_$reader: $runs inputs in ${seconds} s ($secs a second), no defect found;" \
        "corpus $(find "$build/corpus/$reader" -type f | wc -l) inputs"
done
