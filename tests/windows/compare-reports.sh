#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The same report from both builds: compare-reports.sh LINUX_PREPWIZARD WINE_RUN PREFIX
# WINDOWS_PREPWIZARD SNAPSHOT PATH_ID LANGUAGE runs "prepwizard --check --facts SNAPSHOT --format json"
# natively and under Wine, and compares every field of the two reports (one "path = value" line
# each), the times of the run aside. The clock and Internet checks ask 127.0.0.1:9, which refuses
# alike on both.
set -u
linux=$1 wine_run=$2 prefix=$3 windows=$4 snapshot=$5 path_id=$6 language=$7
work=$(mktemp -d "${TMPDIR:-/tmp}/compare-reports.XXXXXX")
trap 'rm -rf "$work"' EXIT
options=(--check --path "$path_id" --facts "$snapshot" --format json --lang "$language"
         --ntp-server 127.0.0.1:9 --internet-host 127.0.0.1:9)

"$linux" "${options[@]}" --output "$work/linux.json"
linux_status=$?
"$wine_run" "$prefix" "$windows" "${options[@]}" --output "$work/windows.json"
windows_status=$?
if [ "$linux_status" -ge 3 ] || [ "$windows_status" -ge 3 ]; then
    echo "compare-reports.sh: a run failed (Linux $linux_status, Windows $windows_status)" >&2
    exit 1
fi

# Every scalar as one line; the run's own times (generated, checkedAt) are left out.
fields() {
    jq -r 'del(.generated) | del(.items[].checkedAt)
           | paths(scalars) as $p | "\($p | map(tostring) | join(".")) = \(getpath($p) | tojson)"' "$1"
}
fields "$work/linux.json" >"$work/linux.fields" || exit 1
fields "$work/windows.json" >"$work/windows.fields" || exit 1
count=$(wc -l <"$work/linux.fields")
if [ "$count" -lt 50 ]; then
    echo "compare-reports.sh: the Linux report has only $count fields" >&2
    exit 1
fi
if ! diff -u --label linux --label windows "$work/linux.fields" "$work/windows.fields"; then
    echo "compare-reports.sh: the reports differ (above)" >&2
    exit 1
fi
if [ "$linux_status" -ne "$windows_status" ]; then
    echo "compare-reports.sh: exit status $linux_status on Linux, $windows_status on Windows" >&2
    exit 1
fi
echo "$count fields alike, exit status $linux_status on both"
