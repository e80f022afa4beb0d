#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# The NSIS installer, end to end under Wine: test-installer.sh CPACK BUILD_DIR PACKAGE SNAPSHOT
# builds BUILD_DIR/PACKAGE.exe with CPack (makensis), installs it silently into a scratch Wine
# prefix, runs the installed prepwizard.exe (--version, --check on SNAPSHOT) and prepprobe.exe,
# uninstalls it silently and checks that its files, shortcut and uninstall entry are gone.
# Nothing but what the installer put there is beside the programs: a DLL or plugin it lacks fails.
set -u
cpack=$1 build=$2 package=$3 snapshot=$4
fail() { echo "test-installer.sh: $*" >&2; exit 1; }

(cd "$build" && "$cpack" -G NSIS -C Release >cpack.log 2>&1) || { cat "$build/cpack.log"; fail "cpack failed"; }
installer="$build/$package.exe"
[ -f "$installer" ] || fail "cpack made no $installer"
echo "installer: $(stat -c %s "$installer") bytes"

# makensis writes a 32-bit installer: running it needs the 32-bit Wine (Debian's wine32:i386).
if [ ! -x /usr/lib/wine/wine ]; then
    echo "test-installer.sh: the installer is built; installing it needs the 32-bit Wine (wine32:i386), not installed: skipped"
    exit 77
fi

export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY=
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/prep-install-prefix.XXXXXX")
trap 'wineserver -k 2>/dev/null; rm -rf "$WINEPREFIX"' EXIT
wine wineboot --init >/dev/null 2>&1 || fail "wineboot failed"
wineserver -w

# /D= is the last argument, unquoted: Wine would quote a folder with a space, which NSIS refuses.
target='C:\PrepWizard'
folder="$WINEPREFIX/drive_c/PrepWizard"
wine "$installer" /S "/D=$target" || fail "the silent install failed ($?)"
wineserver -w
[ -f "$folder/bin/prepwizard.exe" ] || { find "$WINEPREFIX/drive_c" -iname "prepwizard*" >&2; fail "no bin/prepwizard.exe in $folder"; }
echo "installed: $(du -sb "$folder" | cut -f1) bytes, $(find "$folder" -type f | wc -l) files"
shortcut=$(find "$WINEPREFIX/drive_c" -path '*Start Menu*' -name 'Prep Wizard.lnk' | head -n 1)
[ -n "$shortcut" ] || fail "no Start-menu shortcut"
# The registry as wineserver saved it (either view: the installer is a 32-bit program).
uninstall_entry() { grep -qF 'CurrentVersion\\Uninstall\\Prep Wizard]' "$WINEPREFIX/system.reg"; }
uninstall_entry || fail "no uninstall entry in the registry"

# Wine passes a console program's output through a file more surely than through a pipe.
out="$WINEPREFIX/drive_c/out.txt"
wine "$folder/bin/prepwizard.exe" --version >"$out" 2>&1
grep -qx "prepwizard [0-9.]*" "$out" || { cat "$out"; fail "the installed prepwizard.exe --version"; }
wine "$folder/bin/prepwizard.exe" --check --path sbs2003-to-essentials --facts "$snapshot" --format json \
    --ntp-server 127.0.0.1:9 --internet-host 127.0.0.1:9 --lang es --output 'C:\report.json'
status=$?
[ "$status" -le 2 ] || fail "the installed prepwizard.exe --check exited with $status"
jq -e '.language == "es" and (.items | length) > 10' "$WINEPREFIX/drive_c/report.json" >/dev/null ||
    fail "the installed prepwizard.exe --check wrote no Spanish report"
wine "$folder/bin/prepprobe.exe" --output 'C:\snapshot.json' || fail "the installed prepprobe.exe failed"
jq -e '.hostName' "$WINEPREFIX/drive_c/snapshot.json" >/dev/null || fail "the installed prepprobe.exe wrote no snapshot"

# The uninstaller copies itself away and returns at once: wait for every program of the prefix.
wine "$folder/Uninstall.exe" /S || fail "the silent uninstall failed ($?)"
wineserver -w
if [ -e "$folder" ]; then
    find "$folder" >&2
    fail "files left after uninstalling"
fi
[ -z "$(find "$WINEPREFIX/drive_c" -path '*Start Menu*' -name 'Prep Wizard*')" ] || fail "the Start-menu entry is left"
! uninstall_entry || fail "the uninstall entry is left in the registry"
echo "installed, ran, uninstalled: nothing left"
