#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# CMAKE_CROSSCOMPILING_EMULATOR of the wizard's Windows build: wine-run.sh PREFIX PROGRAM [ARGS...]
# runs PROGRAM under Wine in the Wine prefix PREFIX, quietly and without a display. Wine passes no
# QT_* variable and no Qt Test log through a pipe: the tests are given "-platform offscreen" and
# "-o FILE,txt", and the log FILE is printed here after the run, for CTest to read. Its exit status
# is the program's; a Qt Test log that is missing fails.
set -u
export WINEPREFIX=$1 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY=
shift
log=
previous=
for argument in "$@"; do
    if [ "$previous" = -o ]; then
        log=${argument%,*}
    fi
    previous=$argument
done
[ -n "$log" ] && rm -f "$log"
wine "$@"
status=$?
if [ -n "$log" ]; then
    if [ -f "$log" ]; then
        cat "$log"
    else
        echo "wine-run.sh: $1 wrote no log $log (exit status $status)" >&2
        status=1
    fi
fi
exit "$status"
