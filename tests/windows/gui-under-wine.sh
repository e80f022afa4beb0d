#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# The real Windows GUI: gui-under-wine.sh PREFIX PREPWIZARD_EXE SNAPSHOT PATH_ID OUTPUT_DIR starts
# prepwizard.exe under Wine, with Qt's "windows" platform plugin, on a display of its own (Xvfb,
# 1280x800), on a snapshot, and drives it with the keyboard as an operator would (xdotool):
#   1. its window appears, titled "Prep Wizard — <the snapshot's server>";
#   2. Alt+L and Down switch the language to Spanish while it runs: the session it saves says "es";
#   3. Next (Alt+N) to the Summary, "Save as PDF" (Alt+D), a file name typed into Windows' own
#      Save dialog: the PDF is there, whole, and pdftotext reads the Spanish checklist in it.
# Pictures of the window in English, in Spanish and of the Summary go to OUTPUT_DIR. Exit status 0
# when all of that holds; each failure says which step, with a picture of the screen at that moment.
set -u
prefix=$1 program=$2 snapshot=$3 path_id=$4 out=$5
for tool in Xvfb xdpyinfo xdotool import pdftotext; do
    command -v "$tool" >/dev/null || { echo "gui-under-wine.sh: $tool is missing (installer/dependencies.sh installs it)"; exit 1; }
done
mkdir -p "$out"
rm -f "$out/failed.png"
work=$(mktemp -d "${TMPDIR:-/tmp}/gui-under-wine.XXXXXX")
export WINEPREFIX=$prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset QT_QPA_PLATFORM

# A free display number: the first without a lock file.
display=90
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do
    display=$((display + 1))
done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
wizard=
cleanup() {
    [ -n "$wizard" ] && kill "$wizard" 2>/dev/null
    wineserver -k 2>/dev/null
    kill "$xvfb" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=":$display"
display_up=false
for _ in $(seq 50); do
    xdpyinfo >/dev/null 2>&1 && display_up=true && break
    sleep 0.2
done
$display_up || { echo "gui-under-wine.sh: Xvfb did not start on :$display ($(tr '\n' ' ' <"$work/xvfb.log"))" >&2; exit 1; }

fail() {
    import -window root "$out/failed.png" 2>/dev/null
    echo "gui-under-wine.sh: $1 (the screen at that moment: $out/failed.png)" >&2
    exit 1
}
# waits up to $1 seconds for the command that follows to succeed
within() {
    local seconds=$1
    shift
    for _ in $(seq $((seconds * 5))); do
        "$@" && return 0
        sleep 0.2
    done
    return 1
}

session="$work/session.json"
pdf="$work/checklist.pdf"
windows_path() { echo "Z:${1//\//\\}"; }
wine "$program" --session "$(windows_path "$session")" --facts "$(windows_path "$snapshot")" --path "$path_id" \
    --lang en >"$work/wizard.log" 2>&1 &
wizard=$!

# 1. The window, with the snapshot's server in its title.
window=
find_window() { window=$(xdotool search --onlyvisible --name "Prep Wizard" 2>/dev/null | head -1); [ -n "$window" ]; }
within 120 find_window || fail "no Prep Wizard window appeared in 120 s ($(tr '\n' ' ' <"$work/wizard.log"))"
title=$(xdotool getwindowname "$window")
[[ $title == *"SRV-SBS"* ]] || fail "the window is titled \"$title\", without the snapshot's server SRV-SBS"
sleep 2 # the first paint
geometry=$(xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: //p')
import -window root "$out/windows-welcome-en.png"
echo "window \"$title\", $geometry"

keys() {
    xdotool windowfocus --sync "$window" 2>/dev/null
    xdotool key --delay 150 "$@"
}

# 2. The language, switched while it runs: the steps panel's combo box (Alt+L), one down.
keys alt+l Down
spanish() { grep -q '"language": *"es"' "$session" 2>/dev/null; }
within 30 spanish || fail "after Alt+L, Down the session does not say \"es\": $(head -c 300 "$session" 2>/dev/null)"
sleep 1
import -window root "$out/windows-welcome-es.png"
echo "language switched to Spanish while running"

# 3. To the Summary with Next (Alt+N: "&Siguiente >" in Spanish is Alt+S), then Save as PDF.
for _ in $(seq 12); do
    keys alt+s
    sleep 0.7
done
sleep 1
import -window root "$out/windows-summary-es.png"
keys alt+d
dialog=
find_dialog() {
    dialog=$(xdotool search --onlyvisible --name "PDF" 2>/dev/null | grep -v "^$window\$" | head -1)
    [ -n "$dialog" ]
}
within 30 find_dialog || fail "no Save dialog after Alt+D on the Summary"
sleep 1
xdotool windowfocus --sync "$dialog" 2>/dev/null
# The dialog's file name box has the focus, with a name proposed: replace it (Wine's box takes no
# Ctrl+A: the whole line is selected from its start).
xdotool key --delay 100 Home shift+End BackSpace
xdotool type --delay 30 "$(windows_path "$pdf")"
xdotool key Return
whole_pdf() { [ -s "$pdf" ] && pdftotext "$pdf" - >"$work/checklist.txt" 2>/dev/null; }
within 60 whole_pdf || fail "no readable PDF at $pdf 60 s after the Save dialog"
grep -q "SRV-SBS" "$work/checklist.txt" || fail "the PDF does not name the server SRV-SBS"
grep -qi "lista de comprobación" "$work/checklist.txt" || fail "the PDF is not the Spanish checklist"
pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
echo "PDF saved through Windows' Save dialog: $(stat -c %s "$pdf") bytes, ${pages:-?} pages, in Spanish"
