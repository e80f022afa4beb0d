#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# The same report from both builds: compare-reports.sh LINUX_PREPWIZARD WINE_RUN PREFIX
# WINDOWS_PREPWIZARD SNAPSHOT PATH_ID LANGUAGE FORMAT runs "prepwizard --check --facts SNAPSHOT
# --format FORMAT" natively and under Wine and compares the two reports, the times of the run aside:
#   json: every field (one "path = value" line each);
#   pdf:  the words pdftotext reads, each once (lines and pages break elsewhere with other fonts,
#         and a table's header is repeated on each page it spans), without the page headers.
# The clock and Internet checks ask 127.0.0.1:9, which refuses alike on both.
set -u
linux=$1 wine_run=$2 prefix=$3 windows=$4 snapshot=$5 path_id=$6 language=$7 format=$8
work=$(mktemp -d "${TMPDIR:-/tmp}/compare-reports.XXXXXX")
trap 'rm -rf "$work"' EXIT
options=(--check --path "$path_id" --facts "$snapshot" --format "$format" --lang "$language"
         --ntp-server 127.0.0.1:9 --internet-host 127.0.0.1:9)

"$linux" "${options[@]}" --output "$work/linux.$format"
linux_status=$?
"$wine_run" "$prefix" "$windows" "${options[@]}" --output "$work/windows.$format"
windows_status=$?
if [ "$linux_status" -ge 3 ] || [ "$windows_status" -ge 3 ]; then
    echo "compare-reports.sh: a run failed (Linux $linux_status, Windows $windows_status)" >&2
    exit 1
fi

# json: every scalar as one line; the run's own times (generated, checkedAt) are left out, and the
# fingerprint, which covers them. pdf: one word a line, without the page headers, times of day as
# HH:MM, the fingerprint as FINGERPRINT.
fields() {
    if [ "$format" = json ]; then
        jq -r 'del(.generated) | del(.fingerprint) | del(.items[].checkedAt)
               | paths(scalars) as $p | "\($p | map(tostring) | join(".")) = \(getpath($p) | tojson)"' "$1"
    else
        # Each page starts with the running title and "Printed … Page N of M" (after a form feed).
        pdftotext -raw -enc UTF-8 "$1" - |
            awk 'NR == 1 || /^\f/ { skip = 2 } skip > 0 { skip--; next } { print }' |
            sed -E 's/\b[0-9]{1,2}:[0-9]{2}\b/HH:MM/g; s/\b[0-9a-f]{64}\b/FINGERPRINT/g' | tr -s ' \t\f' '\n\n\n'
    fi
}
fields "$work/linux.$format" >"$work/linux.fields" || exit 1
fields "$work/windows.$format" >"$work/windows.fields" || exit 1
count=$(wc -l <"$work/linux.fields")
if [ "$count" -lt 50 ]; then
    echo "compare-reports.sh: the Linux report has only $count fields or words" >&2
    exit 1
fi
if [ "$format" = json ]; then
    if ! diff -u --label linux --label windows "$work/linux.fields" "$work/windows.fields"; then
        echo "compare-reports.sh: the reports differ (above)" >&2
        exit 1
    fi
else
    # A word of one PDF may be broken across lines in the other: each word of each is looked for
    # in the other's text without any white space.
    linux_text=$(tr -d ' \n' <"$work/linux.fields") windows_text=$(tr -d ' \n' <"$work/windows.fields")
    missing=0
    while read -r word; do
        [[ $windows_text == *"$word"* ]] || { echo "only in the Linux PDF: $word"; missing=1; }
    done < <(sort -u "$work/linux.fields")
    while read -r word; do
        [[ $linux_text == *"$word"* ]] || { echo "only in the Windows PDF: $word"; missing=1; }
    done < <(sort -u "$work/windows.fields")
    [ "$missing" -eq 0 ] || { echo "compare-reports.sh: the reports differ (above)" >&2; exit 1; }
fi
if [ "$linux_status" -ne "$windows_status" ]; then
    echo "compare-reports.sh: exit status $linux_status on Linux, $windows_status on Windows" >&2
    exit 1
fi
echo "$count fields or words alike, exit status $linux_status on both"
