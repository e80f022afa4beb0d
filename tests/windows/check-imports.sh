#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that a Windows program starts on the oldest Windows it is built for: its PE header asks
# for no newer subsystem version, and every function it imports statically is in one of the
# lists of functions that Windows has. Anything newer must be looked up at run time.
#   check-imports.sh OBJDUMP PROGRAM.exe MAX_SUBSYSTEM_VERSION LIST...
set -euo pipefail
objdump=$1 program=$2 oldest=$3
shift 3

header=$("$objdump" -p "$program")
major=$(awk '$1 == "MajorSubsystemVersion" {print $2}' <<<"$header")
minor=$(awk '$1 == "MinorSubsystemVersion" {print $2}' <<<"$header")
failed=0
if [ -z "$major" ] || [ -z "$minor" ] ||
    [ "$(printf '%s\n%s\n' "$major.$minor" "$oldest" | sort -V | tail -n 1)" != "$oldest" ]; then
    echo "$program asks for Windows subsystem version $major.$minor; it must run on $oldest"
    failed=1
fi

# objdump lists each DLL ("DLL Name: KERNEL32.dll") and under it "<vma> <hint> <function>".
imports=$(awk '/DLL Name:/ {dll = toupper($3); next}
               dll && /^\t[0-9a-f]+\t +[0-9]+ +[A-Za-z_]/ {print dll, $NF}
               /^$/ {dll = ""}' <<<"$header" | sort -u)
allowed=$(grep -hv '^#' "$@" | awk 'NF == 2 {print toupper($1), $2}' | sort -u)
unknown=$(comm -23 <(echo "$imports") <(echo "$allowed"))
if [ -z "$imports" ]; then
    echo "$program: objdump listed no imports at all"
    failed=1
elif [ -n "$unknown" ]; then
    echo "$program imports functions not known to exist on its oldest Windows:"
    sed 's/^/  /' <<<"$unknown"
    echo "Look them up at run time (model/facts/windows/SystemFunction.h), or list them once checked."
    failed=1
fi
echo "$(wc -l <<<"$imports") imports from $(cut -d' ' -f1 <<<"$imports" | sort -u | tr '\n' ' ')checked; subsystem $major.$minor"
exit "$failed"
